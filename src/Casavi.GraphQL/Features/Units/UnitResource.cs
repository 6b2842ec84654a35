using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Contracts;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Units;

/// <summary>
/// casavi's units, always read with ended contracts so a cached unit is complete; fields that show
/// only active contracts filter them themselves.
/// </summary>
public sealed class UnitResource : CasaviResource<Unit, UnitGraphType, IUnitsApi>
{
    public UnitResource()
        : base("Unit", unit => unit.Id, (api, id, token) => api.GetAsync(id, true, token), (api, token) => api.ListAsync(true, null, token))
    {
        ByIdField = "unit";
        ByIdRouteIsAssumed = true;
        ChangedSince = (api, since, token) => api.ListAsync(true, since, token);
        RootList = new RootList<Unit, IUnitsApi, Filter>(
            "units",
            "All units of the account, in casavi's order.",
            (api, filter, token) => api.ListAsync(true, filter.ModifiedAfter, token),
            context => new Filter(context.GetArgument<DateTimeOffset?>("modifiedAfter")))
        {
            Arguments = field => field
                .Argument<DateTimeScalar>("modifiedAfter", "Only units modified after this moment.")
                .Argument<NonNullGraphType<BooleanGraphType>>("includeInactiveContracts", "Also list ended contracts in each unit's `contracts`.", argument => argument.DefaultValue = false),
            Shape = (context, _, unit) => context.GetArgument<bool>("includeInactiveContracts") ? unit : UnitContract.WithoutInactive(unit, context.Service<TimeProvider>()),
        };
    }

    private sealed record Filter(DateTimeOffset? ModifiedAfter);
}
