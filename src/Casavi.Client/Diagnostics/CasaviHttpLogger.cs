using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace Casavi.Client.Diagnostics;

/// <summary>
/// Logs each attempt by endpoint template, status and duration at Debug; failed answers (5xx, 429)
/// also go to the <see cref="CasaviFailureSummary"/>, the only place that warns about them. It
/// replaces HttpClientFactory's default loggers: those redact header values in the message text,
/// but their structured state still carries the raw <c>token</c> header.
/// </summary>
internal sealed partial class CasaviHttpLogger(ILogger<CasaviHttpLogger> logger, CasaviFailureSummary failures) : IHttpClientLogger
{
    private const int FirstServerError = 500;
    private const int TooManyRequests = 429;

    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        var status = (int)response.StatusCode;
        if (status >= FirstServerError || status == TooManyRequests)
            failures.Record($"{CasaviEndpoints.Of(request)} answered {status}");
        if (!logger.IsEnabled(LogLevel.Debug)) return;

        var endpoint = CasaviEndpoints.Of(request);
        Answered(logger, endpoint, status, elapsed.TotalMilliseconds);
    }

    /// <summary>Reported to the summary by <see cref="Errors.CasaviTransportErrorHandler"/> once the call, retries included, has failed.</summary>
    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        if (!logger.IsEnabled(LogLevel.Debug)) return;

        var endpoint = CasaviEndpoints.Of(request);
        var failure = exception.GetType().Name;
        Failed(logger, endpoint, failure, elapsed.TotalMilliseconds);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "casavi {Endpoint} answered {StatusCode} after {ElapsedMilliseconds:0.0} ms")]
    private static partial void Answered(ILogger logger, string endpoint, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "casavi {Endpoint} got no answer after {ElapsedMilliseconds:0.0} ms ({Failure})")]
    private static partial void Failed(ILogger logger, string endpoint, string failure, double elapsedMilliseconds);
}
