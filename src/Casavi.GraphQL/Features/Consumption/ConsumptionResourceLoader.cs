using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Consumption;

/// <summary>Consumption resources by ID: by id for small batches, one walk of the list for large ones.</summary>
public sealed class ConsumptionResourceLoader(IConsumptionApi consumption, ListScanner scanner, IOptions<BatchingOptions> options)
    : ReferenceLoader<ConsumptionResource>(options)
{
    protected override string KeyOf(ConsumptionResource value) => value.Id;

    protected override Task<ConsumptionResource> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        consumption.GetResourceAsync(key, cancellationToken);

    protected override IAsyncEnumerable<ConsumptionResource> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("consumption/resources", consumption.ListResourcesAsync, cancellationToken);
}
