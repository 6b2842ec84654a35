using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;
using Casavi.Sandbox.Data;

namespace Casavi.Sandbox.Tests.Seeding;

/// <summary>Every reference in the seed points at something that exists and fits.</summary>
[Collection(ReadOnlySandbox.Name)]
public sealed class ReferenceTests(SandboxHost host)
{
    private SandboxData Data => host.Server.Data;

    [Fact]
    public void Responsibilities_point_at_staff_for_internal_roles_and_companies_for_external_ones()
    {
        foreach (var property in Data.Properties.All())
        {
            Assert.InRange(property.Responsibilities.Count, 2, 4);
            Assert.Contains(property.Responsibilities, r => r.RoleName == "Hausverwaltung" && r.RoleType == ResponsibilityRoleType.Internal);
            foreach (var responsibility in property.Responsibilities)
            {
                var contact = Data.Contacts.Find(responsibility.ContactId);
                Assert.NotNull(contact);
                Assert.Equal(contact.InternalId, responsibility.ContactInternalId);
                if (responsibility.RoleType == ResponsibilityRoleType.Internal)
                    Assert.Contains(Data.Staff.All(), s => s.Email == contact.Email);
                else
                    Assert.Equal(contact.CompanyName, responsibility.ContactName);
            }
        }
        var all = Data.Properties.All().SelectMany(p => p.Responsibilities).ToList();
        Assert.Contains(all, r => r.RoleName == "Reinigung" && r.ShowOnPortal == true);
        Assert.Contains(all, r => r.ShowOnPortal == false);
    }

    [Fact]
    public void Tickets_are_reported_by_residents_of_their_unit_and_assigned_to_staff()
    {
        var tickets = Data.Tickets.All();
        foreach (var ticket in tickets)
        {
            Assert.NotNull(Data.Properties.Find(ticket.PropertyId!));
            Assert.NotNull(Data.TicketTypes.Find(ticket.TypeId!));
            if (ticket.UnitId is not null)
                Assert.Equal(ticket.PropertyId, Data.Units.Find(ticket.UnitId)!.PropertyId);
            if (ticket.AssigneeId is not null)
                Assert.NotNull(Data.Staff.Find(ticket.AssigneeId));
            if (ticket.ContactId is not null)
            {
                var contracts = Data.Contacts.Find(ticket.ContactId)!.Contracts;
                Assert.Contains(contracts, c => ContractActivity.IsActive(c.EndDate, ReferenceClock.Today)
                    && (ticket.UnitId is null ? c.PropertyId == ticket.PropertyId : c.UnitId == ticket.UnitId));
            }
        }
        Assert.Equal(3, tickets.Select(t => t.Status).Distinct().Count());
        Assert.Equal(3, tickets.Select(t => t.Priority).Distinct().Count());
        Assert.Contains(tickets, t => t.UnitId is null);
    }

    [Fact]
    public void Orders_go_to_service_providers_for_existing_tickets()
    {
        var orders = Data.Orders.All();
        Assert.All(orders, order =>
        {
            Assert.NotNull(Data.Tickets.Find(order.TicketId));
            Assert.NotNull(Data.OrderTypes.Find(order.OrderTypeId!));
            Assert.Equal(Data.Contacts.Find(order.ContractorId!)!.CompanyName, order.ContractorName);
        });
        Assert.True(orders.Select(o => o.Status).Distinct().Count() >= 3);
        Assert.InRange(Data.Contacts.All().Count(c => c.CustomFields?.ContainsKey("Gewerk") == true), 35, 45);
    }

    [Fact]
    public void Surveys_checklists_posts_documents_and_appointments_refer_to_existing_entities()
    {
        Assert.All(Data.Surveys.All(), s =>
        {
            Assert.Equal(Data.Tickets.Find(s.TicketId!)!.ContactId, s.AssignedToId);
            Assert.Equal(s.Choices.Count, s.Choices.Select(c => c.Value).Distinct().Count());
        });
        Assert.All(Data.Checklists.All(), c => Assert.InRange(c.Items.Count, 3, 6));
        Assert.All(Data.Posts.All(), p => Assert.NotNull(Data.Properties.Find(p.PropertyId)));
        Assert.Contains(Data.Posts.All(), p => p.Attachments.Count > 0);
        Assert.All(Data.Documents.All(), d =>
        {
            Assert.NotNull(Data.DocumentTypes.Find(d.Type!));
            var share = Assert.Single(d.SharedWith);
            Assert.True(share.UnitId is null || Data.Units.Find(share.UnitId)!.PropertyId == share.PropertyId);
        });
        Assert.All(Data.Appointments.All(), a => Assert.All(a.PropertyIds, id => Assert.NotNull(Data.Properties.Find(id))));
    }
}
