using Casavi.Contract;
using Casavi.Contract.Integration;
using Refit;

namespace Casavi.Client.Api;

public interface IRestHooksApi
{
    [Get("/v2/restHooks")]
    Task<Page<RestHook>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Assumed endpoint (x-assumed in the contract).</summary>
    [Post("/v2/restHooks")]
    Task<RestHook> CreateAsync([Body] CreateRestHook hook, CancellationToken cancellationToken = default);

    /// <summary>Assumed endpoint (x-assumed in the contract).</summary>
    [Delete("/v2/restHooks/{hookId}")]
    Task DeleteAsync(string hookId, CancellationToken cancellationToken = default);
}
