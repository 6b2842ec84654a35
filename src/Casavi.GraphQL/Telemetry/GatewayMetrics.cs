using System.Diagnostics;
using System.Diagnostics.Metrics;
using Casavi.GraphQL.Kernel.Diagnostics;

namespace Casavi.GraphQL.Telemetry;

/// <summary>The gateway's instruments on the meter <see cref="GatewayTracing.Name"/>, recorded once per GraphQL request.</summary>
internal sealed class GatewayMetrics
{
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
    private static readonly int[] RequestBuckets = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
    private static readonly int[] WaveBuckets = [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20];

    private readonly Counter<long> operations;
    private readonly Histogram<double> duration;
    private readonly Histogram<int> casaviRequests;
    private readonly Histogram<int> casaviWaves;

    public GatewayMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(GatewayTracing.Name);
        operations = meter.CreateCounter<long>("graphql.operations", "{operation}", "GraphQL requests answered.");
        duration = meter.CreateHistogram(
            "graphql.operation.duration", "s", "Time from a GraphQL request's arrival to its written response.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        casaviRequests = meter.CreateHistogram(
            "graphql.operation.casavi.requests", "{request}", "casavi HTTP attempts one GraphQL request caused.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = RequestBuckets });
        casaviWaves = meter.CreateHistogram(
            "graphql.operation.casavi.waves", "{wave}", "Dependent round trips to casavi one GraphQL request waited for.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = WaveBuckets });
    }

    /// <param name="errorCodes">The distinct <c>extensions.code</c>s joined by commas; empty when there were none.</param>
    public void OperationCompleted(string operationType, string outcome, string errorCodes, TimeSpan elapsed, int requests, int waves)
    {
        var tags = new TagList
        {
            { "graphql.operation.type", operationType },
            { "graphql.outcome", outcome },
        };
        if (errorCodes.Length > 0) tags.Add("error.type", errorCodes);
        operations.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, tags);
        casaviRequests.Record(requests, tags);
        casaviWaves.Record(waves, tags);
    }
}
