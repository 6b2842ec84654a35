namespace Casavi.Sandbox.Hooks;

/// <summary>
/// Counts rest-hook deliveries per hook ID: scheduled (right when the change is written), attempted,
/// succeeded and settled (ended by success, by giving up or by the hook's removal), so tests can wait
/// for a delivery to end and assert how often casavi would have retried it.
/// </summary>
public sealed class HookDeliveries
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> scheduled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> attempts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> successes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> settled = new(StringComparer.Ordinal);

    public int TotalAttempts
    {
        get { lock (gate) return attempts.Values.Sum(); }
    }

    public int TotalSuccesses
    {
        get { lock (gate) return successes.Values.Sum(); }
    }

    public int Scheduled(string hookId)
    {
        lock (gate) return scheduled.GetValueOrDefault(hookId);
    }

    public int Attempts(string hookId)
    {
        lock (gate) return attempts.GetValueOrDefault(hookId);
    }

    public int Successes(string hookId)
    {
        lock (gate) return successes.GetValueOrDefault(hookId);
    }

    public int Settled(string hookId)
    {
        lock (gate) return settled.GetValueOrDefault(hookId);
    }

    public void Reset()
    {
        lock (gate)
        {
            scheduled.Clear();
            attempts.Clear();
            successes.Clear();
            settled.Clear();
        }
    }

    internal void RecordScheduled(string hookId) => Increment(scheduled, hookId);

    internal void RecordAttempt(string hookId) => Increment(attempts, hookId);

    internal void RecordSuccess(string hookId) => Increment(successes, hookId);

    internal void RecordSettled(string hookId) => Increment(settled, hookId);

    private void Increment(Dictionary<string, int> counts, string hookId)
    {
        lock (gate) counts[hookId] = counts.GetValueOrDefault(hookId) + 1;
    }
}
