namespace Casavi.Sandbox.Tests.Api;

/// <summary><c>modifiedAfter</c> keeps the entities changed strictly after the instant (ISO 8601, UTC when no offset).</summary>
[Collection(ReadOnlySandbox.Name)]
public sealed class ModifiedAfterTests(SandboxHost host)
{
    private static readonly DateTimeOffset Instant = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Properties_units_contacts_and_tickets_filter_on_their_modification_time()
    {
        var data = host.Server.Data;
        await AssertFilteredAsync("/v2/properties", data.Properties.Rows().Where(r => r.ModifiedAt > Instant).Select(r => r.Entity.Id));
        await AssertFilteredAsync("/v2/units", data.Units.Rows().Where(r => r.ModifiedAt > Instant).Select(r => r.Entity.Id));
        await AssertFilteredAsync("/v2/contacts", data.Contacts.Rows().Where(r => r.ModifiedAt > Instant).Select(r => r.Entity.Id));
        await AssertFilteredAsync("/v2/tickets", data.Tickets.Rows().Where(r => r.ModifiedAt > Instant).Select(r => r.Entity.Id));
    }

    [Fact]
    public async Task A_time_without_offset_is_read_as_utc()
    {
        var withOffset = await host.WalkAsync("/v2/properties?modifiedAfter=2026-03-01T00:00:00Z");
        var withoutOffset = await host.WalkAsync("/v2/properties?modifiedAfter=2026-03-01T00:00:00");

        Assert.Equal(withOffset.Select(p => p.GetRawText()), withoutOffset.Select(p => p.GetRawText()));
    }

    [Fact]
    public async Task An_unparsable_instant_is_refused()
    {
        using var response = await host.Client.GetAsync("/v2/units?modifiedAfter=yesterday");

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "Query parameter 'modifiedAfter' must be an ISO 8601 date");
    }

    private async Task AssertFilteredAsync(string path, IEnumerable<string> expected)
    {
        var ids = (await host.WalkAsync($"{path}?modifiedAfter=2026-03-01T00:00:00Z")).Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(expected, ids);
        Assert.NotEmpty(ids);
        Assert.True(ids.Count < (await host.WalkAsync(path)).Count, $"{path} should drop entities older than the instant");
    }
}
