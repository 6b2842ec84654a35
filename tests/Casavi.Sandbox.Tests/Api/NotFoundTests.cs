namespace Casavi.Sandbox.Tests.Api;

/// <summary>Unknown IDs answer 404 with casavi's error body naming the resource.</summary>
[Collection(ReadOnlySandbox.Name)]
public sealed class NotFoundTests(SandboxHost host)
{
    [Theory]
    [InlineData("/v2/properties/P-99999", "Property not found")]
    [InlineData("/v2/properties/P-99999/responsibilities", "Property not found")]
    [InlineData("/v2/properties/P-99999/posts", "Property not found")]
    [InlineData("/v2/units/P-00001-9999", "Unit not found")]
    [InlineData("/v2/contacts/C-999999", "Contact not found")]
    [InlineData("/v2/subcommunities/SC-999", "Subcommunity not found")]
    [InlineData("/v2/tickets/T-99999", "Ticket not found")]
    [InlineData("/v2/tickets/T-99999/surveys", "Ticket not found")]
    [InlineData("/v2/posts/nope", "Post not found")]
    [InlineData("/v2/documents/D-99999", "Document not found")]
    [InlineData("/v2/appointments/nope", "Appointment not found")]
    [InlineData("/v2/consumption/resources/nope", "Consumption resource not found")]
    [InlineData("/v2/jobs/000000000000000000000000", "No job found")]
    [InlineData("/v2/no-such-resource", "Resource not found")]
    public async Task An_unknown_id_answers_404_naming_the_resource(string path, string message)
    {
        using var response = await host.Client.GetAsync(path);

        await ErrorBody.AssertAsync(response, HttpStatusCode.NotFound, message);
    }

    [Fact]
    public async Task A_known_id_answers_the_entity()
    {
        var unit = await host.GetJsonAsync("/v2/units/P-00001-0001");

        Assert.Equal("P-00001-0001", unit.GetProperty("id").GetString());
        Assert.Equal("P-00001", unit.GetProperty("propertyId").GetString());
    }
}
