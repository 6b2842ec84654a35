namespace Casavi.Contract.Integration;

/// <summary>The event names a rest hook can subscribe to and that the sandbox emits (assumed: "entity.change").</summary>
public static class RestHookEvents
{
    public const string TicketCreated = "ticket.created";
    public const string TicketUpdated = "ticket.updated";
    public const string PostCreated = "post.created";
}
