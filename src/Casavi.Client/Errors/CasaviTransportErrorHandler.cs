using Casavi.Client.Diagnostics;

namespace Casavi.Client.Errors;

/// <summary>
/// Outermost handler: a failure without an answer leaves the HttpClient already typed (and counted
/// in the <see cref="CasaviFailureSummary"/>). Refit's TransportExceptionFactory alone would not do:
/// Refit 16.4 skips it for methods returning a plain Task.
/// </summary>
internal sealed class CasaviTransportErrorHandler(CasaviFailureSummary failures) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (Exception error) when (CasaviTransportErrors.Translate(error, CasaviEndpoints.Of(request), cancellationToken) is { } typed)
        {
            failures.Record($"{CasaviEndpoints.Of(request)} {CasaviTransportErrors.Reason(error)}");
            throw typed;
        }
    }
}
