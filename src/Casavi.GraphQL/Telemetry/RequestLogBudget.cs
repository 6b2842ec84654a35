using System.Globalization;
using Casavi.Client.Diagnostics;
using Casavi.GraphQL.Composition;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Telemetry;

/// <summary>
/// Lets through <c>Gateway:RequestLog:MaxLinesPerSecond</c> request lines a second; the lines
/// left out are counted by their error codes and reported once a second, so no request goes unseen.
/// </summary>
internal sealed partial class RequestLogBudget : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly TimeProvider time;
    private readonly int maxLines;
    private readonly PeriodicTally leftOut;
    private readonly Lock gate = new();
    private long windowStarted;
    private int written;

    public RequestLogBudget(ILoggerFactory loggers, TimeProvider time, IOptions<GatewayOptions> options)
    {
        this.time = time;
        maxLines = options.Value.RequestLog.MaxLinesPerSecond;
        windowStarted = time.GetTimestamp();
        var logger = loggers.CreateLogger(OperationObserver.LogCategory);
        leftOut = new PeriodicTally(time, Window, counts => Report(logger, counts, maxLines));
    }

    /// <summary>True when this request's line may be written; otherwise it is counted under its error codes.</summary>
    public bool TryWrite(string errorCodes)
    {
        if (maxLines == 0) return true;
        lock (gate)
        {
            if (time.GetElapsedTime(windowStarted) >= Window)
            {
                windowStarted = time.GetTimestamp();
                written = 0;
            }

            if (written < maxLines)
            {
                written++;
                return true;
            }
        }

        leftOut.Add(errorCodes);
        return false;
    }

    public void Dispose() => leftOut.Dispose();

    private static void Report(ILogger logger, IReadOnlyList<KeyValuePair<string, int>> counts, int maxLines)
    {
        if (!logger.IsEnabled(LogLevel.Information)) return;
        var total = counts.Sum(count => count.Value);
        var byCodes = string.Join(", ", counts.Select(count => string.Create(CultureInfo.InvariantCulture, $"{count.Value} × [{count.Key}]")));
        LinesLeftOut(logger, total, maxLines, byCodes);
    }

    [LoggerMessage(
        EventId = 2,
        Level = LogLevel.Information,
        Message = "{LeftOut} GraphQL request lines left out over Gateway:RequestLog:MaxLinesPerSecond={MaxLines}; their error codes: {ErrorCodes}")]
    private static partial void LinesLeftOut(ILogger logger, int leftOut, int maxLines, string errorCodes);
}
