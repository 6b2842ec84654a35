using System.Globalization;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>The states of the cost table, in the order they are printed.</summary>
internal enum CostState
{
    FreshCacheOff,
    ListsKnownCacheOff,
    NarrowAfterBroadCacheOff,
    CacheWarmL1,
    CacheWarmSecondReplica,
    CacheExpiredNothingChanged,
}

internal enum MeasuredQuery
{
    Nested,
    Tickets,
}

/// <summary>A target's text for the table and whether the figures meet it (null: nothing to judge by).</summary>
internal sealed record TargetCheck(string Requests, string Waves, bool? Met);

/// <summary>The lead's cost targets per state (README "What a nested query costs").</summary>
internal static class CostTargets
{
    public static string Label(CostState state) => state switch
    {
        CostState.FreshCacheOff => "fresh, cache off",
        CostState.ListsKnownCacheOff => "lists known, cache off",
        CostState.NarrowAfterBroadCacheOff => "README first:2 after broad",
        CostState.CacheWarmL1 => "cache warm, L1",
        CostState.CacheWarmSecondReplica => "cache warm, 2nd replica",
        CostState.CacheExpiredNothingChanged => "cache expired, unchanged",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <param name="minimum">Null when it could not be worked out; the requests target then points at row 2.</param>
    public static TargetCheck Check(CostState state, MeasuredQuery query, CostSample sample, MinimumCost? minimum)
    {
        var nested = query == MeasuredQuery.Nested;
        // A sign-in is part of any first request of a gateway; the minimum counts only the query's own requests.
        var neededWithSignIn = minimum is null ? (int?)null : minimum.Requests + sample.SignIns;
        return state switch
        {
            CostState.FreshCacheOff => Combine(
                neededWithSignIn is { } fresh ? AtMost(sample.Requests, (int)Math.Floor(1.2 * fresh), $"≤ {(int)Math.Floor(1.2 * fresh)} (1.2×{fresh})") : CompareWithRowTwo,
                AtMost(sample.Waves, nested ? 6 : 8)),
            CostState.ListsKnownCacheOff => Combine(
                neededWithSignIn is { } known ? (sample.Requests == known, $"= {known}") : CompareWithRowTwo,
                // No waves target for the tickets query in this state: nothing to miss.
                nested ? AtMost(sample.Waves, 3) : (true, "-")),
            CostState.NarrowAfterBroadCacheOff => Combine(AtMost(sample.Requests, 8), AtMost(sample.Waves, 3)),
            CostState.CacheWarmL1 or CostState.CacheWarmSecondReplica => Combine(AtMost(sample.Requests, 2), AtMost(sample.Waves, 1)),
            CostState.CacheExpiredNothingChanged => Combine(AtMost(sample.Requests, 4), AtMost(sample.Waves, 2)),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };
    }

    private static readonly (bool? Met, string Text) CompareWithRowTwo = (null, "compare with row 2");

    private static (bool? Met, string Text) AtMost(int figure, int limit, string? text = null) =>
        (figure <= limit, text ?? "≤ " + limit.ToString(CultureInfo.InvariantCulture));

    /// <summary>Met when both are met; unknown when either could not be judged, so a "yes" never rests on half the targets.</summary>
    private static TargetCheck Combine((bool? Met, string Text) requests, (bool? Met, string Text) waves) =>
        new(requests.Text, waves.Text, requests.Met is null || waves.Met is null ? null : requests.Met.Value && waves.Met.Value);
}
