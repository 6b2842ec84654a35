namespace Casavi.Sandbox.Data;

/// <summary>
/// The day the generated data is dated from: every seeded date lies before it (appointments aside),
/// so the answers of a seed never drift with the calendar.
/// </summary>
public static class ReferenceClock
{
    public static DateTimeOffset Today { get; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
}
