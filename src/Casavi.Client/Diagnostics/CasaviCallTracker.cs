namespace Casavi.Client.Diagnostics;

/// <summary>
/// Accounts for the HTTP attempts made to casavi inside an async flow, e.g. one GraphQL request:
/// <c>using var log = CasaviCallTracker.Begin();</c> … then read <see cref="CasaviCallLog"/>.
/// </summary>
public static class CasaviCallTracker
{
    private static readonly AsyncLocal<CasaviCallLog?> current = new();

    /// <summary>The innermost active log of this async flow, or null.</summary>
    public static CasaviCallLog? Current => current.Value;

    /// <summary>Starts a log for this async flow; disposing it restores the enclosing one. An enclosing log sees the attempts too.</summary>
    /// <param name="maxRequests">casavi API requests the flow may send; beyond them <see cref="Errors.CasaviBudgetExceededException"/>.</param>
    public static CasaviCallLog Begin(int maxRequests = int.MaxValue)
    {
        var log = new CasaviCallLog(current.Value, maxRequests);
        current.Value = log;
        return log;
    }

    /// <summary>
    /// Makes <paramref name="log"/> this flow's log until disposed, for work one flow does on behalf of
    /// another (a cache read shared by several requests runs where the first of them started it).
    /// </summary>
    public static IDisposable Continue(CasaviCallLog? log) => new Continued(log);

    internal static void End(CasaviCallLog log)
    {
        if (ReferenceEquals(current.Value, log)) current.Value = log.Parent;
    }

    private sealed class Continued : IDisposable
    {
        private readonly CasaviCallLog? previous = current.Value;

        public Continued(CasaviCallLog? log) => current.Value = log;

        public void Dispose() => current.Value = previous;
    }
}
