using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Units;

/// <summary>Units by reference ID, always with ended contracts so every contract filter can be answered from one fetch.</summary>
public sealed class UnitByIdLoader(IUnitsApi units, ListScanner scanner, IOptions<BatchingOptions> options) : ReferenceLoader<Unit>(options)
{
    protected override string KeyOf(Unit value) => value.Id;

    protected override Task<Unit> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        units.GetAsync(key, includeInactiveContracts: true, cancellationToken);

    protected override IAsyncEnumerable<Unit> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("units?includeInactiveContracts=true", token => units.ListAsync(includeInactiveContracts: true, cancellationToken: token), cancellationToken);
}
