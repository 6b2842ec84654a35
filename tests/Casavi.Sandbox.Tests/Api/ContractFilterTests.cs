using Casavi.Contract.MasterData;
using Casavi.Sandbox.Data;

namespace Casavi.Sandbox.Tests.Api;

/// <summary>Ended contracts are left out of units unless <c>includeInactiveContracts=true</c>.</summary>
[Collection(ReadOnlySandbox.Name)]
public sealed class ContractFilterTests(SandboxHost host)
{
    [Fact]
    public async Task A_unit_hides_ended_contracts_by_default_and_shows_them_on_request()
    {
        var unit = host.Server.Data.Units.All().First(u => u.Contracts.Exists(c => !ContractActivity.IsActive(c.EndDate, DateTimeOffset.UtcNow)));

        var active = CasaviBody.Read<Unit>(await host.GetJsonAsync($"/v2/units/{unit.Id}"));
        var all = CasaviBody.Read<Unit>(await host.GetJsonAsync($"/v2/units/{unit.Id}?includeInactiveContracts=true"));

        Assert.Equal(unit.Contracts.Where(c => ContractActivity.IsActive(c.EndDate, DateTimeOffset.UtcNow)).Select(c => c.Id), active.Contracts.Select(c => c.Id));
        Assert.Equal(unit.Contracts.Select(c => c.Id), all.Contracts.Select(c => c.Id));
        Assert.True(all.Contracts.Count > active.Contracts.Count);
    }

    [Fact]
    public async Task The_units_list_applies_the_same_rule()
    {
        var active = (await host.WalkAsync("/v2/units")).Select(CasaviBody.Read<Unit>).ToList();
        var all = (await host.WalkAsync("/v2/units?includeInactiveContracts=false")).Select(CasaviBody.Read<Unit>).ToList();
        var inactive = (await host.WalkAsync("/v2/units?includeInactiveContracts=true")).Select(CasaviBody.Read<Unit>).ToList();

        Assert.All(active, u => Assert.All(u.Contracts, c => Assert.True(ContractActivity.IsActive(c.EndDate, DateTimeOffset.UtcNow))));
        Assert.Equal(active.Sum(u => u.Contracts.Count), all.Sum(u => u.Contracts.Count));
        Assert.Equal(host.Server.Data.Units.All().Sum(u => u.Contracts.Count), inactive.Sum(u => u.Contracts.Count));
        Assert.True(inactive.Sum(u => u.Contracts.Count) > active.Sum(u => u.Contracts.Count));
    }

    [Fact]
    public async Task Subcommunities_embed_their_units_with_active_contracts()
    {
        var subcommunity = CasaviBody.Read<Subcommunity>(await host.GetJsonAsync("/v2/subcommunities/SC-001"));

        Assert.NotEmpty(subcommunity.Units);
        Assert.All(subcommunity.Units.SelectMany(u => u.Contracts), c => Assert.True(ContractActivity.IsActive(c.EndDate, DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task A_flag_that_is_not_true_or_false_is_refused()
    {
        using var response = await host.Client.GetAsync("/v2/units?includeInactiveContracts=yes");

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "Query parameter 'includeInactiveContracts' must be true or false");
    }
}
