using System.Diagnostics;
using System.Globalization;

namespace Casavi.Client.Diagnostics;

/// <summary>
/// One HTTP attempt to casavi as the diagnostics see it: an entry in the flow's <see cref="CasaviCallLog"/>,
/// a client span named by its endpoint template (never ids; headers, and so the token, are not read)
/// and a measurement.
/// </summary>
internal sealed class CasaviAttempt
{
    private const int FirstErrorStatus = 400;

    private readonly string method;
    private readonly string template;
    private readonly CasaviCallLog? log;
    private readonly Activity? span;
    private readonly CasaviClientMetrics metrics;
    private readonly TimeProvider time;
    private readonly long started;

    private CasaviAttempt(HttpRequestMessage request, CasaviClientMetrics metrics, TimeProvider time)
    {
        var endpoint = CasaviEndpoints.Of(request);
        method = request.Method.Method;
        template = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        this.metrics = metrics;
        this.time = time;

        log = CasaviCallTracker.Current;
        log?.AttemptStarted(endpoint);
        span = StartSpan(request, endpoint, CasaviClientTelemetry.NextAttempt(request));
        started = time.GetTimestamp();
    }

    /// <summary>Records the start; the span becomes current so the transport's trace context names it as parent.</summary>
    public static CasaviAttempt Start(HttpRequestMessage request, CasaviClientMetrics metrics, TimeProvider time) =>
        new(request, metrics, time);

    public void Answered(int statusCode) =>
        Finish(statusCode, statusCode >= FirstErrorStatus ? statusCode.ToString(CultureInfo.InvariantCulture) : null);

    public void Failed(Exception exception) => Finish(null, exception.GetType().FullName);

    private Activity? StartSpan(HttpRequestMessage request, string endpoint, int attempt)
    {
        var activity = CasaviClientTelemetry.Source.StartActivity(endpoint, ActivityKind.Client);
        if (activity is not { IsAllDataRequested: true }) return activity;

        activity.SetTag("http.request.method", method);
        // url.template is the convention for client spans; http.route is what most backends group by.
        activity.SetTag("url.template", template);
        activity.SetTag("http.route", template);
        activity.SetTag("server.address", request.RequestUri?.Host);
        activity.SetTag("server.port", request.RequestUri?.Port);
        activity.SetTag("casavi.attempt", attempt);
        return activity;
    }

    private void Finish(int? statusCode, string? errorType)
    {
        var elapsed = time.GetElapsedTime(started);
        log?.AttemptFinished(elapsed);
        metrics.AttemptFinished(method, template, statusCode, errorType, elapsed);
        if (span is null) return;

        span.SetTag("http.response.status_code", statusCode);
        if (errorType is not null)
        {
            span.SetTag("error.type", errorType);
            span.SetStatus(ActivityStatusCode.Error);
        }

        span.Dispose();
    }
}
