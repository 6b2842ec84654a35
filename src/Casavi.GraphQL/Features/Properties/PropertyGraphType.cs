using Casavi.Client.Api;
using Casavi.Client.Paging;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Properties;

public sealed class PropertyGraphType : ObjectGraphType<Property>
{
    public PropertyGraphType(IEnumerable<ITypeExtension<PropertyGraphType>> extensions)
    {
        Name = "Property";
        Description = "A managed property (Liegenschaft): a building or estate with its units.";
        this.IsNode(property => property.Id);

        Field("referenceId", property => property.Id).Description("casavi reference ID of the property (e.g. P-00451).");
        Field(property => property.InternalId).Description("casavi's internal database id.");
        Field(property => property.Name).Description("Name of the property (e.g. Easy Living Apartments).");
        Field(property => property.Note, nullable: true).Description("Free-text note.");
        Field(property => property.Country, nullable: true).Description("Country.");
        Field(property => property.City, nullable: true).Description("City.");
        Field(property => property.PostalCode, nullable: true).Description("Postal code.");
        Field(property => property.Number, nullable: true).Description("The property manager's own number for the property.");
        Field(property => property.MscNumber, nullable: true).Description("ID of the property at the measuring service company.");
        Field(property => property.MscProviderName, nullable: true).Description("Name of the measuring service company.");
        Field(property => property.MscProviderIdentifier, nullable: true).Description("Identifier of the measuring service company.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UrlScalar>>>>("images").Description("Links to images of the property.").Resolve(context => context.Source.Images);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyAddressGraphType>>>>("addresses").Description("Street addresses of the property and the units at each.").Resolve(context => context.Source.Addresses);
        Field<JsonScalar>("customFields").Description("Custom fields defined by the property manager, by name.").Resolve(context => context.Source.CustomFields);
        Field<NonNullGraphType<UrlScalar>>("appLink").Description("Link to the property in the casavi web app.").Resolve(context => context.Source.AppLink);

        Field<ListGraphType<NonNullGraphType<ResponsibilityGraphType>>>("responsibilities")
            .Reaches<Property, object, IPropertiesApi>(nameof(IPropertiesApi.ListResponsibilitiesAsync))
            .Description("Internal and external responsibilities for this property.")
            .Argument<BooleanGraphType>("showOnPortal", "When set, only responsibilities that are (true) or are not (false) shown on the portal; asks casavi's responsibilities list.")
            .ResolveQueryableListAsync<Property, Responsibility>(async context => context.GetArgument<bool?>("showOnPortal") is { } showOnPortal
                ? await ListResponsibilitiesAsync(context, showOnPortal)
                : context.Source.Responsibilities);

        this.ApplyExtensions(extensions);
    }

    private static async Task<List<Responsibility>> ListResponsibilitiesAsync(IResolveFieldContext<Property> context, bool showOnPortal)
    {
        var api = context.Service<IPropertiesApi>();
        var responsibilities = new List<Responsibility>();
        await foreach (var responsibility in context.Pager().WalkAsync(token => api.ListResponsibilitiesAsync(context.Source.Id, showOnPortal, token), context.CancellationToken))
            responsibilities.Add(responsibility);
        return responsibilities;
    }
}
