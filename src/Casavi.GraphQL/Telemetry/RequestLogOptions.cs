namespace Casavi.GraphQL.Telemetry;

/// <summary>The one log line per GraphQL request (section "Gateway:RequestLog").</summary>
public sealed class RequestLogOptions
{
    public const string SectionName = "Gateway:RequestLog";

    /// <summary>
    /// Request lines written per second at most; beyond it, one line per second counts those left out
    /// by error codes. Bounds the log under a flood (a casavi outage answers thousands of requests a
    /// second). 0 writes every line.
    /// </summary>
    public int MaxLinesPerSecond { get; set; } = 50;
}
