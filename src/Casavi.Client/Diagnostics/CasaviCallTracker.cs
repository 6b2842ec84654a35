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
    public static CasaviCallLog Begin()
    {
        var log = new CasaviCallLog(current.Value);
        current.Value = log;
        return log;
    }

    internal static void End(CasaviCallLog log)
    {
        if (ReferenceEquals(current.Value, log)) current.Value = log.Parent;
    }
}
