using Casavi.Client.Errors;

namespace Casavi.Client.Diagnostics;

/// <summary>
/// Before every attempt of the API client (retries and 401 replays included; inside them, so they stop
/// too): takes one request from the flow's budget, or fails without sending. The authenticate client
/// has no such check: a sign-in serves every flow waiting for a token, not only the one that started it.
/// </summary>
internal sealed class CasaviBudgetHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        CasaviCallTracker.Current?.Spend() is { } spent
            ? Task.FromException<HttpResponseMessage>(new CasaviBudgetExceededException(CasaviEndpoints.Of(request), spent.MaxRequests))
            : base.SendAsync(request, cancellationToken);
}
