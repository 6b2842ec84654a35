namespace Casavi.Sandbox.Faults;

/// <summary>
/// Counts /v2 requests by endpoint template ("GET /v2/units/{unitId}", the Refit route), failed and
/// faulted ones included, so tests can assert how many round trips a query cost.
/// </summary>
public sealed class RequestCounter
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private int total;

    public int Total
    {
        get { lock (gate) return total; }
    }

    public IReadOnlyDictionary<string, int> Snapshot()
    {
        lock (gate) return new SortedDictionary<string, int>(counts, StringComparer.Ordinal);
    }

    public int Count(string endpointTemplate)
    {
        lock (gate) return counts.GetValueOrDefault(endpointTemplate);
    }

    public void Reset()
    {
        lock (gate)
        {
            counts.Clear();
            total = 0;
        }
    }

    internal void Record(string endpointTemplate)
    {
        lock (gate)
        {
            counts[endpointTemplate] = counts.GetValueOrDefault(endpointTemplate) + 1;
            total++;
        }
    }
}
