using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Features.Contracts;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Units;

public sealed class UnitQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, UnitGraphType>("units")
            .Description("All units of the account, in casavi's order.")
            .Argument<DateTimeScalar>("modifiedAfter", "Only units modified after this moment.")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeInactiveContracts", "Also list ended contracts in each unit's `contracts`.", argument => argument.DefaultValue = false)
            .ResolveAsync(async context =>
            {
                var modifiedAfter = context.GetArgument<DateTimeOffset?>("modifiedAfter");
                var includeInactive = context.GetArgument<bool>("includeInactiveContracts");
                var loader = context.Service<UnitByIdLoader>();
                var api = context.Service<IUnitsApi>();
                // Always fetched with ended contracts, so the loader cache holds complete units.
                var list = new CasaviList<Unit>(
                    $"units?modifiedAfter={modifiedAfter:O}",
                    token => api.ListAsync(includeInactiveContracts: true, modifiedAfter, token));
                var page = await context.ResolveListAsync(list, unit => loader.Prime(unit.Id, unit));
                return includeInactive ? page : page.Select([.. page.Nodes.Select(unit => UnitContract.WithoutInactive(unit, context.Service<TimeProvider>()))]);
            });

        query.ReferenceIdField<UnitGraphType, UnitByIdLoader, Unit>("unit", "Unit");
    }
}
