namespace Casavi.Sandbox.Faults;

/// <summary>The scripted faults waiting for requests, first scripted first used.</summary>
internal sealed class ScriptedFaults
{
    private readonly Lock gate = new();
    private readonly List<ScriptedFault> pending = [];

    public int Pending
    {
        get { lock (gate) return pending.Sum(f => f.Remaining); }
    }

    public void Add(ScriptedFault fault)
    {
        lock (gate) pending.Add(fault);
    }

    public void Clear()
    {
        lock (gate) pending.Clear();
    }

    /// <summary>Uses up one request of the first fault matching the request, if any.</summary>
    public ScriptedFault? TryConsume(string method, string path)
    {
        lock (gate)
        {
            var fault = pending.Find(f => f.Matches(method, path));
            if (fault is not null && --fault.Remaining == 0)
                pending.Remove(fault);
            return fault;
        }
    }
}
