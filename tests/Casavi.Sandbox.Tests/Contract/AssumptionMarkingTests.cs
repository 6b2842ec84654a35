using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>
/// What the excerpt and the notes do not back is marked <c>x-assumed</c> with a reason, so it can be
/// checked against the real API later; what they do back is not.
/// </summary>
public sealed class AssumptionMarkingTests
{
    private readonly JsonObject document = ContractDocument.Load();

    [Fact]
    public void Every_assumption_has_a_one_line_reason_and_every_reason_an_assumption()
    {
        var problems = JsonWalk.Properties(document)
            .Where(p => p.Name is "x-assumed" or "x-assumed-reason")
            .Select(p => p.Owner)
            .Distinct()
            .Where(owner => owner["x-assumed"]?.GetValue<bool>() != true
                || owner["x-assumed-reason"]?.GetValue<string>() is not { Length: > 10 } reason
                || reason.Contains('\n', StringComparison.Ordinal))
            .Select(owner => owner.GetPath())
            .ToList();
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("#/paths/~1v2~1contacts~1{contactId}/get")]
    [InlineData("#/paths/~1v2~1units~1{unitId}/get")]
    [InlineData("#/paths/~1v2~1tickets/get")]
    [InlineData("#/paths/~1v2~1tickets~1{ticketId}/get")]
    [InlineData("#/paths/~1v2~1tickets~1{ticketId}~1surveys/get")]
    [InlineData("#/paths/~1v2~1appointments/get")]
    [InlineData("#/paths/~1v2~1appointments/post")]
    [InlineData("#/paths/~1v2~1appointments~1{appointmentId}/get")]
    [InlineData("#/paths/~1v2~1posts/post")]
    [InlineData("#/paths/~1v2~1import/post")]
    [InlineData("#/paths/~1v2~1restHooks/post")]
    [InlineData("#/paths/~1v2~1restHooks~1{hookId}/delete")]
    [InlineData("#/components/schemas/Ticket")]
    [InlineData("#/components/schemas/RestHook")]
    [InlineData("#/components/schemas/RestHookEvent")]
    [InlineData("#/webhooks/restHookEvent/post")]
    [InlineData("#/components/schemas/AssemblyTopicStatus")]
    [InlineData("#/components/schemas/AssemblyTopicUpdate")]
    [InlineData("#/components/schemas/StaffMember")]
    [InlineData("#/components/schemas/TicketType")]
    [InlineData("#/components/schemas/TicketTypeGroup")]
    [InlineData("#/components/schemas/OrderType")]
    [InlineData("#/components/schemas/Order")]
    [InlineData("#/components/schemas/TicketChecklist")]
    [InlineData("#/components/schemas/DocumentType")]
    [InlineData("#/components/schemas/CasaviError")]
    [InlineData("#/components/schemas/StartImport")]
    [InlineData("#/components/schemas/ImportStarted")]
    [InlineData("#/components/schemas/ContactRole")]
    [InlineData("#/components/schemas/Property/properties/subcommunityIds")]
    [InlineData("#/components/schemas/Contact/properties/internalId")]
    [InlineData("#/components/schemas/Contact/properties/isRegistered")]
    [InlineData("#/components/schemas/Contact/properties/isInvited")]
    [InlineData("#/components/schemas/ContactContract/properties/id")]
    [InlineData("#/components/schemas/DocumentShare/properties/unitId")]
    [InlineData("#/components/schemas/Responsibility/properties/showOnPortal")]
    [InlineData("#/components/parameters/Page/schema")]
    [InlineData("#/components/parameters/Page/x-past-last-page")]
    [InlineData("#/components/responses/TooManyRequests")]
    [InlineData("#/components/responses/ServiceUnavailable")]
    [InlineData("#/components/responses/PayloadTooLarge")]
    public void Unbacked_parts_are_marked_assumed(string location) =>
        Assert.True(IsAssumed(location), $"{location} should carry x-assumed");

    [Theory]
    [InlineData("#/paths/~1v2~1contacts/get")]
    [InlineData("#/paths/~1v2~1properties/get")]
    [InlineData("#/paths/~1v2~1units/get")]
    [InlineData("#/paths/~1v2~1authenticate/post")]
    [InlineData("#/paths/~1v2~1jobs~1{jobId}/get")]
    [InlineData("#/components/schemas/Contact")]
    [InlineData("#/components/schemas/Contact/properties/appLink")]
    [InlineData("#/components/schemas/ContactContract")]
    [InlineData("#/components/schemas/CreateAppointment")]
    [InlineData("#/components/schemas/Property")]
    [InlineData("#/components/schemas/OrderStatus")]
    [InlineData("#/components/schemas/PageLinks")]
    [InlineData("#/components/parameters/Page")]
    public void Documented_parts_are_not_marked_assumed(string location) =>
        Assert.False(IsAssumed(location), $"{location} is documented and should not carry x-assumed");

    [Fact]
    public void No_host_name_is_written_outside_the_production_note()
    {
        var urls = JsonWalk.Properties(document)
            .Where(p => p.Pointer != "/info/description" && p.Value is JsonValue v && v.TryGetValue<string>(out var text) && text.Contains("://", StringComparison.Ordinal))
            .Select(p => p.Pointer);
        Assert.Empty(urls);
    }

    private bool IsAssumed(string location)
    {
        var node = ContractDocument.Resolve(document, location) ?? throw new KeyNotFoundException(location);
        return node["x-assumed"]?.GetValue<bool>() == true;
    }
}
