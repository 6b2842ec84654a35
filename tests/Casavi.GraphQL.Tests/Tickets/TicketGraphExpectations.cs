using System.Text.Json;
using Casavi.Sandbox.Data;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>Checks tickets as the gateway returned them against the sandbox's own data, reference by reference.</summary>
public sealed class TicketGraphExpectations(SandboxData data)
{
    public void AssertMatches(JsonElement ticketNodes)
    {
        var expectedIds = data.Tickets.All().Take(ticketNodes.GetArrayLength()).Select(ticket => ticket.Id);
        Assert.Equal(expectedIds, ticketNodes.EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()));
        foreach (var node in ticketNodes.EnumerateArray())
            AssertTicket(node);
    }

    private void AssertTicket(JsonElement node)
    {
        var ticket = data.Tickets.Find(node.GetProperty("referenceId").GetString()!)!;
        AssertReference(node.GetProperty("property"), ticket.PropertyId, id => data.Properties.Find(id)!.Name, "name");
        AssertReference(node.GetProperty("unit"), ticket.UnitId, id => data.Units.Find(id)!.Name, "name");
        AssertReference(node.GetProperty("reporter"), ticket.ContactId, id => data.Contacts.Find(id)!.LastName, "lastName");
        AssertReference(node.GetProperty("assignee"), ticket.AssigneeId, id => data.Staff.Find(id)!.LastName, "lastName");
        AssertReference(node.GetProperty("type"), ticket.TypeId, id => data.TicketTypes.Find(id)!.Name, "name");
        if (ticket.TypeId is { } typeId)
            AssertReference(node.GetProperty("type").GetProperty("group"), data.TicketTypes.Find(typeId)!.GroupId, id => data.TicketTypeGroups.Find(id)!.Name, "name");

        var expectedOrders = data.Orders.All().Where(order => order.TicketId == ticket.Id).Select(order => (order.Id, Status: Wire(order.Status.ToString())));
        var actualOrders = node.GetProperty("orders").EnumerateArray().Select(order => (order.GetProperty("referenceId").GetString()!, order.GetProperty("status").GetString()!));
        Assert.Equal(expectedOrders, actualOrders);
    }

    private static void AssertReference(JsonElement actual, string? expectedId, Func<string, string?> expectedText, string textField)
    {
        if (expectedId is null)
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
            return;
        }

        Assert.Equal(expectedId, actual.GetProperty("referenceId").GetString());
        Assert.Equal(expectedText(expectedId), actual.GetProperty(textField).GetString());
    }

    /// <summary>The GraphQL name of a C# enum member: InProgress → IN_PROGRESS.</summary>
    public static string Wire(string member) =>
        string.Concat(member.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : c.ToString())).ToUpperInvariant();
}
