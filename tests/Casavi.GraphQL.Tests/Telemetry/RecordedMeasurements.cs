using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Casavi.GraphQL.Tests.Telemetry;

/// <summary>Measurements of the selected instruments, taken while this object lives.</summary>
public sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<RecordedMeasurement> measurements = new();

    public RecordedMeasurements(Func<Instrument, bool> select)
    {
        listener.InstrumentPublished = (instrument, subscription) =>
        {
            if (select(instrument))
                subscription.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    /// <summary>Only the instruments one service provider's meter factory created: one gateway host's, not its neighbours' in this test process.</summary>
    public static RecordedMeasurements CreatedBy(IMeterFactory factory) => new(instrument => instrument.Meter.Scope == factory);

    public IReadOnlyList<RecordedMeasurement> Of(string instrument) => [.. measurements.Where(measurement => measurement.Instrument == instrument)];

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        measurements.Enqueue(new RecordedMeasurement(instrument.Meter.Name, instrument.Name, value, tags.ToArray().ToDictionary()));
}

public sealed record RecordedMeasurement(string Meter, string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? Tag(string key) => Tags.GetValueOrDefault(key);
}
