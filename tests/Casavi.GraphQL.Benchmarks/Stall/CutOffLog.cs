using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Casavi.GraphQL.Benchmarks.Stall;

/// <summary>Notes when the gateway first logged that it cut off a WebSocket client that did not read.</summary>
internal sealed class CutOffLog : ILoggerProvider, ILogger
{
    private const string TooSlow = "the client did not read its messages";
    private long firstCutOff;

    /// <summary>Stopwatch timestamp of the first such log line; 0 while none came.</summary>
    public long FirstCutOff => Interlocked.Read(ref firstCutOff);

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel) && formatter(state, exception).Contains(TooSlow, StringComparison.Ordinal))
            Interlocked.CompareExchange(ref firstCutOff, Stopwatch.GetTimestamp(), 0);
    }
}
