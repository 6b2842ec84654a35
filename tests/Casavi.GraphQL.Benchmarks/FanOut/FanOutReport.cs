using System.Diagnostics;

namespace Casavi.GraphQL.Benchmarks.FanOut;

/// <summary>Working set and GC heap (after a full collection) of this process at one moment.</summary>
internal sealed record MemorySample(long WorkingSetBytes, long GcHeapBytes)
{
    public static MemorySample Take()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySample(process.WorkingSet64, heap);
    }
}

/// <summary>One event's delivery: when it started (Stopwatch timestamp), what each client got, what casavi was asked.</summary>
internal sealed record FanOutRound(
    string Name, string StartedAt, long Start, IReadOnlyList<Arrival?> Arrivals, string Title,
    IReadOnlyDictionary<string, int> CasaviRequests, TimeSpan? WriteToHookCall);

internal static class FanOutReport
{
    public static void Print(int subscribers, MemorySample before, MemorySample after, IReadOnlyList<FanOutRound> rounds, int extraMessages,
        (MemorySample Before, MemorySample After) serverOnly)
    {
        Console.WriteLine();
        Console.WriteLine($"{"event",-34} {"from",-13} {"ok",6} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"casavi requests",-40}");
        foreach (var round in rounds)
        {
            var received = round.Arrivals.Where(arrival => arrival is not null).Select(arrival => arrival!).ToList();
            var correct = received.Count(arrival => arrival.Type == "next" && arrival.Title == round.Title);
            var latencies = received.Select(arrival => Stopwatch.GetElapsedTime(round.Start, arrival.Timestamp).TotalMilliseconds).Order().ToList();
            var requests = round.CasaviRequests.Values.Sum();
            var byEndpoint = string.Join(", ", round.CasaviRequests.Select(pair => $"{pair.Value}× {pair.Key}"));
            Console.WriteLine($"{round.Name,-34} {round.StartedAt,-13} {correct,6} {Percentile(latencies, 0.50),8:F1} {Percentile(latencies, 0.99),8:F1} {Percentile(latencies, 1),8:F1} {requests} ({byEndpoint})");
            if (round.WriteToHookCall is { } delay)
                Console.WriteLine($"{"",-34} sandbox write → hook call: {delay.TotalMilliseconds:F1} ms (the sandbox's delivery delay and HTTP call, not in the row)");
            foreach (var wrong in received.Where(arrival => arrival.Type != "next" || arrival.Title != round.Title).Take(3))
                Console.WriteLine($"{"",-34} unexpected: {Shorten(wrong.Text)}");
            if (received.Count < subscribers)
                Console.WriteLine($"{"",-34} {subscribers - received.Count} clients got nothing within the timeout");
        }

        Console.WriteLine($"messages beyond one per client and event (1 s after the last): {extraMessages}");
        Console.WriteLine();
        Console.WriteLine($"{"memory (clients in this process)",-34} {"before",10} {"subscribed",12} {"per subscriber",16}");
        PrintMemory("working set", before.WorkingSetBytes, after.WorkingSetBytes, subscribers);
        PrintMemory("GC heap (GetTotalMemory(true))", before.GcHeapBytes, after.GcHeapBytes, subscribers);
        // Measured after the in-process clients closed: the GC keeps and reuses what they freed, so the
        // working set hardly grows here; the GC heap is the server's own part.
        Console.WriteLine($"{"memory (clients in another process)",-34}");
        PrintMemory("working set (reuses freed memory)", serverOnly.Before.WorkingSetBytes, serverOnly.After.WorkingSetBytes, subscribers);
        PrintMemory("GC heap (GetTotalMemory(true))", serverOnly.Before.GcHeapBytes, serverOnly.After.GcHeapBytes, subscribers);
    }

    private static void PrintMemory(string name, long before, long after, int subscribers) =>
        Console.WriteLine($"{name,-34} {before / 1048576.0,7:F1} MB {after / 1048576.0,9:F1} MB {(after - before) / 1024.0 / subscribers,12:F1} KB");

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
