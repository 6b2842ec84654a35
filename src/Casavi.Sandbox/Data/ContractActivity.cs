namespace Casavi.Sandbox.Data;

/// <summary>
/// A contract is active until its end date has passed. The seed has no end dates after
/// <see cref="ReferenceClock.Today"/>, so for seeded contracts the wall clock and the reference day agree.
/// </summary>
public static class ContractActivity
{
    public static bool IsActive(DateTimeOffset? endDate, DateTimeOffset now) => endDate is null || endDate >= now;
}
