using Casavi.Contract.Integration;

namespace Casavi.GraphQL.Events;

/// <summary>
/// The names casavi sends its events under (section "Gateway:Events:Names"). casavi's reference names
/// none; the defaults are the contract's assumption (<see cref="RestHookEvents"/>), and a deployment whose
/// casavi calls them otherwise sets them here. Inside the gateway every event goes by the contract's name.
/// </summary>
public sealed class CasaviEventNames
{
    public string TicketCreated { get; set; } = RestHookEvents.TicketCreated;

    public string TicketUpdated { get; set; } = RestHookEvents.TicketUpdated;

    public string PostCreated { get; set; } = RestHookEvents.PostCreated;

    /// <summary>casavi's name → the contract's, for every event the gateway registers a hook for.</summary>
    public IReadOnlyDictionary<string, string> ToContract() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [TicketCreated] = RestHookEvents.TicketCreated,
        [TicketUpdated] = RestHookEvents.TicketUpdated,
        [PostCreated] = RestHookEvents.PostCreated,
    };
}
