using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Casavi.Client.Diagnostics;

namespace Casavi.Client.Tests.Support;

/// <summary>
/// Records the client's spans under one test span and the measurements of one harness's meters.
/// Other tests run in parallel and use the same sources: spans are selected by trace, instruments by meter factory.
/// </summary>
internal sealed class ClientTelemetry : IDisposable
{
    private readonly ActivitySource testSource = new("Casavi.Client.Tests");
    private readonly ActivityListener spanListener;
    private readonly MeterListener meterListener = new();
    private readonly ConcurrentQueue<Activity> spans = new();
    private readonly ConcurrentQueue<(string Instrument, IReadOnlyDictionary<string, object?> Tags)> measurements = new();

    public ClientTelemetry(IMeterFactory harnessMeters)
    {
        spanListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is CasaviClientTelemetry.Name || source == testSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span => spans.Enqueue(span),
        };
        ActivitySource.AddActivityListener(spanListener);
        TestSpan = testSource.StartActivity("test")!;

        meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == harnessMeters)
                listener.EnableMeasurementEvents(instrument);
        };
        meterListener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => measurements.Enqueue((instrument.Name, tags.ToArray().ToDictionary())));
        meterListener.Start();
    }

    /// <summary>The parent of the client spans this test causes.</summary>
    public Activity TestSpan { get; }

    /// <summary>The client's spans in this test's trace, in the order they ended.</summary>
    public IReadOnlyList<Activity> ClientSpans =>
        [.. spans.Where(span => span.TraceId == TestSpan.TraceId && span.Source.Name == CasaviClientTelemetry.Name)];

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> TagsOf(string instrument) =>
        [.. measurements.Where(measurement => measurement.Instrument == instrument).Select(measurement => measurement.Tags)];

    public void Dispose()
    {
        TestSpan.Dispose();
        spanListener.Dispose();
        testSource.Dispose();
        meterListener.Dispose();
    }
}
