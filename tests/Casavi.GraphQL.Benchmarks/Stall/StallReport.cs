using System.Diagnostics;
using Casavi.GraphQL.Benchmarks.FanOut;

namespace Casavi.GraphQL.Benchmarks.Stall;

/// <summary>The events of one phase of the stall benchmark: each reader's latency, and what was missing or wrong.</summary>
internal sealed class StallPhase(string name)
{
    private readonly List<double> readerLatencies = [];
    private readonly List<double> deliverCalls = [];

    public string Name => name;

    public int Events { get; private set; }

    /// <summary>Readers' messages missing or not the ticket.</summary>
    public int Missing { get; private set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Stopwatch timestamps at which each event was handed to the hub.</summary>
    public List<long> Starts { get; } = [];

    public IReadOnlyList<double> ReaderLatencies => readerLatencies;

    public IReadOnlyList<double> DeliverCalls => deliverCalls;

    public void Add(long start, long delivered, IReadOnlyList<Arrival?> arrivals, string title)
    {
        Events++;
        Starts.Add(start);
        deliverCalls.Add(Stopwatch.GetElapsedTime(start, delivered).TotalMilliseconds);
        foreach (var arrival in arrivals)
        {
            if (arrival is { Type: "next" } && arrival.Title == title)
                readerLatencies.Add(Stopwatch.GetElapsedTime(start, arrival.Timestamp).TotalMilliseconds);
            else
                Missing++;
        }
    }
}

internal static class StallReport
{
    public static void Print(int readers, IReadOnlyList<StallPhase> phases, long stalledSince, long firstCutOff, bool leftTheHub, int unreadBytes)
    {
        var stalled = phases[1];
        Console.WriteLine();
        if (firstCutOff != 0)
        {
            var eventsUntilCutOff = stalled.Starts.Count(start => start < firstCutOff);
            Console.WriteLine($"stalled client cut off (gateway log \"did not read its messages\") after {eventsUntilCutOff} events, {Stopwatch.GetElapsedTime(stalledSince, firstCutOff).TotalSeconds:F2} s after it subscribed");
        }
        else
        {
            Console.WriteLine("stalled client NOT cut off: the gateway never logged \"did not read its messages\"");
        }

        Console.WriteLine(leftTheHub
            ? $"its subscription left the ChangeHub after {stalled.Events} events, {stalled.Elapsed.TotalSeconds:F2} s (the queue overflowed up to 2 s before: the gateway gives a stuck send that long, then aborts and logs)"
            : $"its subscription was still in the ChangeHub after {stalled.Events} events, {stalled.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"bytes left unread in the stalled client's socket: {unreadBytes}");
        Console.WriteLine();
        Console.WriteLine($"{"phase",-24} {"events",7} {"reader msgs",12} {"missing",8} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"DeliverAsync p50",17} {"p99",8}");
        foreach (var phase in phases)
        {
            var latencies = phase.ReaderLatencies.Order().ToList();
            var calls = phase.DeliverCalls.Order().ToList();
            Console.WriteLine($"{phase.Name,-24} {phase.Events,7} {latencies.Count,12} {phase.Missing,8} {Percentile(latencies, 0.50),8:F1} {Percentile(latencies, 0.99),8:F1} {Percentile(latencies, 1),8:F1} {Percentile(calls, 0.50),17:F1} {Percentile(calls, 0.99),8:F1}");
        }

        var events = phases.Sum(phase => phase.Events);
        var missing = phases.Sum(phase => phase.Missing);
        Console.WriteLine(missing == 0
            ? $"every one of the {readers} readers got every one of the {events} events, in order"
            : $"{missing} reader messages of {readers * events} were missing or not the ticket");
        Console.WriteLine("(latency: DeliverAsync called → the reader's next message; the next event starts once every reader got this one)");
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
