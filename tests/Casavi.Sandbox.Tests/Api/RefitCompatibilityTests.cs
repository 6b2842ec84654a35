using Casavi.Client.Api;
using Casavi.Contract;
using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;
using Refit;

namespace Casavi.Sandbox.Tests.Api;

/// <summary>The client's own Refit interfaces read the sandbox: query formatting, enums and envelopes fit.</summary>
[Collection(ReadOnlySandbox.Name)]
public sealed class RefitCompatibilityTests(SandboxHost host)
{
    private T Api<T>() => RestService.For<T>(host.Client, new RefitSettings(new SystemTextJsonContentSerializer(CasaviJson.Options)));

    [Fact]
    public async Task Units_page_with_the_inactive_contracts_flag()
    {
        var page = await Api<IUnitsApi>().ListAsync(includeInactiveContracts: true);

        Assert.Equal(25, page.List.Count);
        Assert.Equal("/v2/units?includeInactiveContracts=True&page=1", page.Links?.Next);
    }

    [Fact]
    public async Task Enum_filters_are_sent_by_their_wire_names()
    {
        var owners = await Api<IContactsApi>().ListAsync(role: ContactRole.Owner);
        var inProgress = await Api<ITicketsApi>().ListAsync(status: TicketStatus.InProgress);

        Assert.All(owners.List, c => Assert.Contains(c.Contracts, k => k.Type == ContractType.Owner));
        Assert.All(inProgress.List, t => Assert.Equal(TicketStatus.InProgress, t.Status));
        Assert.NotEmpty(inProgress.List);
    }

    [Fact]
    public async Task Modified_after_is_sent_in_the_documented_format()
    {
        var since = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var page = await Api<IPropertiesApi>().ListAsync(modifiedAfter: since);

        Assert.Equal(Math.Min(25, host.Server.Data.Properties.Rows().Count(r => r.ModifiedAt > since)), page.List.Count);
        Assert.NotEmpty(page.List);
    }

    [Fact]
    public async Task A_missing_entity_surfaces_as_an_api_error_with_status_404()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => Api<IContactsApi>().GetAsync("C-999999"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }
}
