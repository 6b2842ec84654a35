using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Properties;

/// <summary>Adds <c>Property.units</c>: the unit IDs its addresses list, paged before the units are loaded unless a query needs them all.</summary>
public sealed class PropertyUnits : ITypeExtension<PropertyGraphType>
{
    public void Extend(PropertyGraphType type) =>
        type.ConnectionField<Property, UnitGraphType>("units")
            .ReachesResource<Property, object, Unit>()
            .Description("The units of the property, from its addresses, in address order. With `where` or `order` all of its units are loaded, then filtered, sorted and paged.")
            .Queryable<Property, object, Unit>()
            .Resolve(context =>
            {
                var ids = context.Source.Addresses.SelectMany(address => address.Units).Distinct(StringComparer.Ordinal).ToList();
                var request = PageRequest.From(context);
                var scope = InMemoryConnection.Scope("units", context.Source.Id);
                var units = context.Service<ResourceLoader<Unit>>();
                if (ListQuery.From<Unit>(context) is { } query)
                {
                    return units.LoadManyAsync(ids).Then(all =>
                        context.PageWhole([.. all.OfType<Unit>()], query, request, ListConnections.WholeScope(scope, query), []));
                }

                var page = InMemoryConnection.Create(ids, request, scope, context.Service<CursorSigner>());
                return units.LoadManyAsync(page.Nodes).Then(loaded => page.Select(loaded));
            });
}
