using Casavi.Contract.Content;
using Casavi.Contract.Tickets;

namespace Casavi.Contract.Integration;

/// <summary>The event names a rest hook can subscribe to and that the sandbox emits (assumed: "entity.change").</summary>
public static class RestHookEvents
{
    public const string TicketCreated = "ticket.created";
    public const string TicketUpdated = "ticket.updated";
    public const string PostCreated = "post.created";

    /// <summary>Every event name above: what the gateway subscribes to, and the only names it accepts.</summary>
    public static IReadOnlyList<string> All { get; } = [TicketCreated, TicketUpdated, PostCreated];

    /// <summary>The entity an event reports a change of (its <c>entityId</c> is that entity's id), or null for a name not above.</summary>
    public static Type? EntityOf(string name) => name switch
    {
        TicketCreated or TicketUpdated => typeof(Ticket),
        PostCreated => typeof(Post),
        _ => null,
    };
}
