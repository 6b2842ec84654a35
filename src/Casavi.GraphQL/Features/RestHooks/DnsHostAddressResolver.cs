using System.Net;
using System.Net.Sockets;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>Resolves through the system's DNS, bounded so a slow resolver cannot hold a mutation.</summary>
internal sealed class DnsHostAddressResolver : IHostAddressResolver
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Timeout);
        try
        {
            return await Dns.GetHostAddressesAsync(host, bounded.Token);
        }
        catch (Exception unresolved) when (unresolved is SocketException || (unresolved is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return [];
        }
    }
}
