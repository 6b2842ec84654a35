using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;
using GraphQL.DataLoader;

namespace Casavi.GraphQL.Features.Contracts;

/// <summary>Contracts have no endpoint of their own: a contract ID names its unit, which is loaded and searched.</summary>
public sealed class ContractNodeSource : INodeSource
{
    public string TypeName => "Contract";

    public Type GraphType => typeof(ContractGraphType);

    /// <summary>Contracts are read from their units.</summary>
    public FieldReach Reach { get; } = new(null, typeof(Unit));

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key)
    {
        var separator = key.LastIndexOf('/');
        var unitId = separator > 0 ? key[..separator] : key;
        ReferenceIds.Require(unitId);
        return context.Service<ResourceLoader<Unit>>().LoadAsync(unitId).Then(unit => unit is null
            ? null
            : (object?)UnitContract.Of(unit, ContractSelection.All, context.Service<TimeProvider>()).FirstOrDefault(contract => contract.Key == key));
    }
}
