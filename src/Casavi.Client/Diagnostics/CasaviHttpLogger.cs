using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace Casavi.Client.Diagnostics;

/// <summary>
/// Logs each attempt by endpoint template, status and duration. It replaces HttpClientFactory's
/// default loggers: those redact header values in the message text, but their structured state
/// still carries the raw <c>token</c> header, which structured log sinks would write out.
/// </summary>
internal sealed partial class CasaviHttpLogger(ILogger<CasaviHttpLogger> logger) : IHttpClientLogger
{
    private const int FirstServerError = 500;

    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        var status = (int)response.StatusCode;
        var serverError = status >= FirstServerError;
        if (!logger.IsEnabled(serverError ? LogLevel.Warning : LogLevel.Debug)) return;

        var endpoint = CasaviEndpoints.Of(request);
        if (serverError) AnsweredWithServerError(logger, endpoint, status, elapsed.TotalMilliseconds);
        else Answered(logger, endpoint, status, elapsed.TotalMilliseconds);
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        if (!logger.IsEnabled(LogLevel.Warning)) return;

        var endpoint = CasaviEndpoints.Of(request);
        Failed(logger, exception, endpoint, elapsed.TotalMilliseconds);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "casavi {Endpoint} answered {StatusCode} after {ElapsedMilliseconds:0.0} ms")]
    private static partial void Answered(ILogger logger, string endpoint, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "casavi {Endpoint} answered {StatusCode} after {ElapsedMilliseconds:0.0} ms")]
    private static partial void AnsweredWithServerError(ILogger logger, string endpoint, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "casavi {Endpoint} got no answer after {ElapsedMilliseconds:0.0} ms")]
    private static partial void Failed(ILogger logger, Exception exception, string endpoint, double elapsedMilliseconds);
}
