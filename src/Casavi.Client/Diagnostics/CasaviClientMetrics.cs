using System.Diagnostics;
using System.Diagnostics.Metrics;
using Polly.CircuitBreaker;

namespace Casavi.Client.Diagnostics;

/// <summary>The client's instruments on the meter <see cref="CasaviClientTelemetry.Name"/>.</summary>
internal sealed class CasaviClientMetrics
{
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private readonly Counter<long> requests;
    private readonly Histogram<double> requestDuration;
    private readonly Counter<long> circuitTransitions;
    private readonly Counter<long> tokenRefreshes;

    public CasaviClientMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(CasaviClientTelemetry.Name);
        requests = meter.CreateCounter<long>(
            "casavi.client.requests", "{request}", "HTTP attempts sent to casavi, retries and authenticate calls included.");
        requestDuration = meter.CreateHistogram(
            "casavi.client.request.duration", "s", "Duration of HTTP attempts sent to casavi.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        circuitTransitions = meter.CreateCounter<long>(
            "casavi.client.circuit_breaker.transitions", "{transition}", "Circuit breaker state changes; open means casavi calls fail fast.");
        tokenRefreshes = meter.CreateCounter<long>(
            "casavi.client.token.refreshes", "{refresh}", "Calls to POST /v2/authenticate made to obtain a new token.");
    }

    /// <param name="statusCode">Null when no answer came (timeout, connection failure); then <paramref name="errorType"/> says why.</param>
    public void AttemptFinished(string method, string endpointTemplate, int? statusCode, string? errorType, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "http.request.method", method },
            { "url.template", endpointTemplate },
        };
        if (statusCode is { } status) tags.Add("http.response.status_code", status);
        if (errorType is not null) tags.Add("error.type", errorType);
        requests.Add(1, tags);
        requestDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void CircuitChanged(CircuitState state) =>
        circuitTransitions.Add(1, new KeyValuePair<string, object?>("casavi.circuit_breaker.state", StateName(state)));

    public void TokenRefreshed(bool succeeded) =>
        tokenRefreshes.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure"));

    private static string StateName(CircuitState state) => state switch
    {
        CircuitState.Open => "open",
        CircuitState.HalfOpen => "half_open",
        CircuitState.Isolated => "isolated",
        _ => "closed",
    };
}
