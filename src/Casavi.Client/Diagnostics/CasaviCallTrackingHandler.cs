namespace Casavi.Client.Diagnostics;

/// <summary>
/// Innermost handler: every attempt that really goes to casavi is recorded in the flow's
/// <see cref="CasaviCallLog"/>, traced and measured (see <see cref="CasaviAttempt"/>).
/// </summary>
internal sealed class CasaviCallTrackingHandler(TimeProvider time, CasaviClientMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = CasaviAttempt.Start(request, metrics, time);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception exception)
        {
            attempt.Failed(exception);
            throw;
        }

        attempt.Answered((int)response.StatusCode);
        return response;
    }
}
