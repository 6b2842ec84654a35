namespace Casavi.Contract.Integration;

/// <summary>The event names a rest hook can subscribe to and that the sandbox emits (assumed: "entity.change").</summary>
public static class RestHookEvents
{
    public const string TicketCreated = "ticket.created";
    public const string TicketUpdated = "ticket.updated";
    public const string PostCreated = "post.created";

    /// <summary>Every event name above: what the gateway subscribes to, and the only names it accepts.</summary>
    public static IReadOnlyList<string> All { get; } = [TicketCreated, TicketUpdated, PostCreated];
}
