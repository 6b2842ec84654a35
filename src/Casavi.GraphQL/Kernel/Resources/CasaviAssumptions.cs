using System.Collections.Concurrent;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// What casavi has shown, in this process, of the assumptions the gateway makes beyond casavi's
/// reference (a by-id route, a list filter; marked <c>x-assumed</c> in the contract). A disproved
/// assumption is logged once, as a warning, and from then on the gateway takes a way that needs it
/// not; a confirmed one needs no further checks.
/// </summary>
public sealed partial class CasaviAssumptions(ILogger<CasaviAssumptions> logger)
{
    private readonly ConcurrentDictionary<string, bool> held = new(StringComparer.Ordinal);

    public bool IsConfirmed(string assumption) => held.TryGetValue(assumption, out var holds) && holds;

    public bool IsDisproved(string assumption) => held.TryGetValue(assumption, out var holds) && !holds;

    /// <summary>casavi answered as assumed; a disproof stands.</summary>
    public void Confirm(string assumption) => held.TryAdd(assumption, true);

    /// <param name="assumption">What was assumed, e.g. "GET /v2/units/{unitId} exists".</param>
    /// <param name="instead">What the gateway does from now on, for the log line.</param>
    public void Disprove(string assumption, string instead)
    {
        if (held.TryAdd(assumption, false) || held.TryUpdate(assumption, false, true))
            LogDisproved(logger, assumption, instead);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "casavi does not behave as assumed: {Assumption} does not hold. From now on {Instead}.")]
    private static partial void LogDisproved(ILogger logger, string assumption, string instead);
}
