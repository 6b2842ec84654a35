namespace Casavi.Sandbox.Tests.Faults;

/// <summary>The knobs that make the sandbox deviate from what the gateway assumes of casavi: a route it lacks, a filter it ignores.</summary>
[Collection(FaultSandbox.Name)]
public sealed class DeviationTests(SandboxHost host) : FaultSandboxTest(host)
{
    [Fact]
    public async Task A_removed_route_answers_like_an_unknown_path_while_the_list_still_has_the_entity()
    {
        var unitId = Server.Data.Units.All()[0].Id;
        Server.Knobs.RemoveRoute("GET /v2/units/{unitId}");

        using var removed = await Host.Client.GetAsync($"/v2/units/{unitId}");
        using var unknown = await Host.Client.GetAsync("/v2/no-such-route");
        using var list = await Host.Client.GetAsync("/v2/units");

        await ErrorBody.AssertAsync(removed, HttpStatusCode.NotFound, "Resource not found");
        await ErrorBody.AssertAsync(unknown, HttpStatusCode.NotFound, "Resource not found");
        Assert.Contains(unitId, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_route_removed_with_405_answers_405()
    {
        Server.Knobs.RemoveRoute("GET /v2/contacts/{contactId}", 405);

        using var response = await Host.Client.GetAsync($"/v2/contacts/{Server.Data.Contacts.All()[0].Id}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task An_ignored_filter_lists_everything_and_the_other_filters_still_apply()
    {
        var propertyId = Server.Data.Tickets.All()[0].PropertyId!;
        Server.Knobs.IgnoreFilter("GET /v2/tickets", "propertyId");

        var page = await Host.Client.GetFromJsonAsync<JsonElement>($"/v2/tickets?propertyId={propertyId}&status=OPEN");

        var propertyIds = page.GetProperty("list").EnumerateArray().Select(ticket => ticket.GetProperty("propertyId").GetString()).ToList();
        Assert.Contains(propertyIds, id => id != propertyId);
        Assert.All(page.GetProperty("list").EnumerateArray(), ticket => Assert.Equal("OPEN", ticket.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Deviations_are_set_over_http_and_reset_with_the_knobs()
    {
        using var client = Anonymous();
        var unitId = Server.Data.Units.All()[0].Id;

        using var removal = await client.PostAsJsonAsync("/_sandbox/routes/removed", new { route = "GET /v2/units/{unitId}", status = 405 });
        using var ignoring = await client.PostAsJsonAsync("/_sandbox/filters/ignored", new { route = "GET /v2/tickets", parameter = "contactId" });
        using var refused = await client.PostAsJsonAsync("/_sandbox/routes/removed", new { route = "GET /v2/units/{unitId}", status = 500 });
        using var removed = await Host.Client.GetAsync($"/v2/units/{unitId}");
        Server.Knobs.Reset();
        using var restored = await Host.Client.GetAsync($"/v2/units/{unitId}");

        Assert.Equal(HttpStatusCode.NoContent, removal.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, ignoring.StatusCode);
        await ErrorBody.AssertContainsAsync(refused, HttpStatusCode.BadRequest, "404 or 405");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.False(Server.Knobs.IgnoresFilter("GET /v2/tickets", "contactId"));
    }
}
