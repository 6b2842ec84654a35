using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Casavi.GraphQL.Tests.Telemetry;

/// <summary>
/// Where the in-memory exporter puts finished spans. Every gateway host of the test process listens to
/// the same sources, so spans arrive from many threads and from other tests: select by trace id.
/// </summary>
public sealed class ExportedSpans : Collection<Activity>
{
    private readonly Lock gate = new();

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (gate) return [.. Items];
    }

    /// <summary>The spans of one trace once its root has ended (the server span ends after the response is sent).</summary>
    public async Task<IReadOnlyList<Activity>> TraceOfAsync(ActivityTraceId traceId)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(20))
        {
            var trace = Snapshot().Where(span => span.TraceId == traceId).ToList();
            if (trace.Any(span => span.ParentSpanId == default))
                return trace;
            await Task.Delay(20);
        }

        throw new TimeoutException($"The root span of trace {traceId} did not end.");
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (gate) base.InsertItem(index, item);
    }
}
