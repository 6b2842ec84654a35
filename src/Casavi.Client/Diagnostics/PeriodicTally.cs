namespace Casavi.Client.Diagnostics;

/// <summary>
/// Counts occurrences by key and hands them to <c>report</c> at most once per interval: the first
/// occurrence after a quiet interval at once, the rest when the interval is over. Turns a storm of
/// identical events into a few summary lines without losing any count.
/// </summary>
public sealed class PeriodicTally : IDisposable
{
    private readonly TimeProvider time;
    private readonly TimeSpan interval;
    private readonly Action<IReadOnlyList<KeyValuePair<string, int>>> report;
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> pending = new(StringComparer.Ordinal);
    private ITimer? scheduled;
    private long lastReport;
    private bool reported;

    /// <param name="report">Gets the counts since the last report, largest first.</param>
    public PeriodicTally(TimeProvider time, TimeSpan interval, Action<IReadOnlyList<KeyValuePair<string, int>>> report)
    {
        this.time = time;
        this.interval = interval;
        this.report = report;
    }

    public void Add(string key)
    {
        lock (gate)
        {
            pending[key] = pending.GetValueOrDefault(key) + 1;
            if (scheduled is not null) return;
            var wait = reported ? interval - time.GetElapsedTime(lastReport) : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                scheduled = time.CreateTimer(_ => Report(), null, wait, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        Report();
    }

    public void Dispose()
    {
        lock (gate) scheduled?.Dispose();
    }

    private void Report()
    {
        KeyValuePair<string, int>[] counts;
        lock (gate)
        {
            counts = [.. pending.OrderByDescending(count => count.Value)];
            pending.Clear();
            scheduled?.Dispose();
            scheduled = null;
            lastReport = time.GetTimestamp();
            reported = true;
        }

        // A report racing with the one that took its counts has nothing left to say.
        if (counts.Length > 0) report(counts);
    }
}
