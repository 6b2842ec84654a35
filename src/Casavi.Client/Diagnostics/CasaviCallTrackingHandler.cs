namespace Casavi.Client.Diagnostics;

/// <summary>Innermost handler: every attempt that really goes to casavi is recorded in the flow's <see cref="CasaviCallLog"/>.</summary>
internal sealed class CasaviCallTrackingHandler(TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (CasaviCallTracker.Current is not { } log)
            return await base.SendAsync(request, cancellationToken);

        log.AttemptStarted(CasaviEndpoints.Of(request));
        var started = time.GetTimestamp();
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            log.AttemptFinished(time.GetElapsedTime(started));
        }
    }
}
