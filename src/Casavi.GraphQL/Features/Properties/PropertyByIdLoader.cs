using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Properties;

public sealed class PropertyByIdLoader(IPropertiesApi properties, ListScanner scanner, IOptions<BatchingOptions> options) : ReferenceLoader<Property>(options)
{
    protected override string KeyOf(Property value) => value.Id;

    protected override Task<Property> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        properties.GetAsync(key, cancellationToken);

    protected override IAsyncEnumerable<Property> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("properties", token => properties.ListAsync(cancellationToken: token), cancellationToken);
}
