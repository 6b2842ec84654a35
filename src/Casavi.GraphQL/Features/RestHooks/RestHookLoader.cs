using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>REST hooks by ID; casavi lists them but serves none by id.</summary>
public sealed class RestHookLoader(IRestHooksApi hooks, ListScanner scanner) : ListIndexLoader<RestHook>
{
    protected override string KeyOf(RestHook value) => value.Id;

    protected override IAsyncEnumerable<RestHook> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("restHooks", hooks.ListAsync, cancellationToken);
}
