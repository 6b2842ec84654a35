using System.Net;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>The addresses a host name resolves to; a seam so tests need no DNS.</summary>
public interface IHostAddressResolver
{
    /// <summary>The addresses, or none when the name does not resolve in time.</summary>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
