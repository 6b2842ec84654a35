namespace Casavi.Sandbox.Data;

/// <summary>
/// The sandbox's "today" for generated data and for deciding which contracts are still active.
/// Fixed, so that the answers of a seed never drift with the calendar.
/// </summary>
public static class ReferenceClock
{
    public static DateTimeOffset Today { get; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A contract is active unless it ended before <see cref="Today"/>.</summary>
    public static bool IsActive(DateTimeOffset? endDate) => endDate is null || endDate >= Today;
}
