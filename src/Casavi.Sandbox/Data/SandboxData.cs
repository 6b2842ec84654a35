using Casavi.Contract.Content;
using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;

namespace Casavi.Sandbox.Data;

/// <summary>The sandbox's in-memory casavi account: seeded at start, changed by the write endpoints.</summary>
public sealed class SandboxData
{
    internal SandboxData()
    {
        Properties = new(Gate, e => e.Id);
        Units = new(Gate, e => e.Id);
        Contacts = new(Gate, e => e.Id);
        Subcommunities = new(Gate, e => e.Id);
        Staff = new(Gate, e => e.Id);
        Tickets = new(Gate, e => e.Id);
        TicketTypes = new(Gate, e => e.Id);
        TicketTypeGroups = new(Gate, e => e.Id);
        Orders = new(Gate, e => e.Id);
        OrderTypes = new(Gate, e => e.Id);
        Surveys = new(Gate, e => e.Id);
        Checklists = new(Gate, e => e.Id);
        Posts = new(Gate, e => e.Id);
        Documents = new(Gate, e => e.Id);
        DocumentTypes = new(Gate, e => e.Id);
        Appointments = new(Gate, e => e.Id);
        ConsumptionResources = new(Gate, e => e.Id);
        RestHooks = new(Gate, e => e.Id);
        Jobs = new(Gate, e => e.Id);
        AssemblyTopics = new(Gate, e => e.Id);
    }

    public EntityTable<Property> Properties { get; }
    public EntityTable<Unit> Units { get; }
    public EntityTable<Contact> Contacts { get; }
    public EntityTable<Subcommunity> Subcommunities { get; }
    public EntityTable<StaffMember> Staff { get; }
    public EntityTable<Ticket> Tickets { get; }
    public EntityTable<TicketType> TicketTypes { get; }
    public EntityTable<TicketTypeGroup> TicketTypeGroups { get; }
    public EntityTable<Order> Orders { get; }
    public EntityTable<OrderType> OrderTypes { get; }
    public EntityTable<TicketSurvey> Surveys { get; }
    public EntityTable<TicketChecklist> Checklists { get; }
    public EntityTable<Post> Posts { get; }
    public EntityTable<Document> Documents { get; }
    public EntityTable<DocumentType> DocumentTypes { get; }
    public EntityTable<Appointment> Appointments { get; }
    public EntityTable<ConsumptionResource> ConsumptionResources { get; }
    public EntityTable<RestHook> RestHooks { get; }
    public EntityTable<ImportJob> Jobs { get; }
    public EntityTable<AssemblyTopic> AssemblyTopics { get; }

    /// <summary>Held by every write that must check and change the data in one step.</summary>
    internal Lock Gate { get; } = new();
}
