using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Tests.Api;

[Collection(ReadOnlySandbox.Name)]
public sealed class ContactFilterTests(SandboxHost host)
{
    [Theory]
    [InlineData("owner", ContractType.Owner)]
    [InlineData("RENTER", ContractType.Renter)]
    public async Task Role_keeps_contacts_with_a_contract_of_that_type(string role, ContractType type)
    {
        var ids = (await host.WalkAsync($"/v2/contacts?role={role}")).Select(c => c.GetProperty("id").GetString());

        var expected = host.Server.Data.Contacts.All().Where(c => c.Contracts.Exists(k => k.Type == type)).Select(c => c.Id);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Registered_and_invited_flags_filter_and_combine()
    {
        var registered = await host.WalkAsync("/v2/contacts?isRegistered=true");
        var invitedOnly = await host.WalkAsync("/v2/contacts?isRegistered=false&isInvited=true");

        Assert.All(registered, c => Assert.True(c.GetProperty("isRegistered").GetBoolean()));
        Assert.All(invitedOnly, c => Assert.False(c.GetProperty("isRegistered").GetBoolean()));
        Assert.All(invitedOnly, c => Assert.True(c.GetProperty("isInvited").GetBoolean()));
        Assert.Equal(host.Server.Data.Contacts.All().Count(c => c.IsRegistered == true), registered.Count);
        Assert.NotEmpty(invitedOnly);
    }

    [Fact]
    public async Task An_unknown_role_is_refused()
    {
        using var response = await host.Client.GetAsync("/v2/contacts?role=landlord");

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "Query parameter 'role' has an unknown value 'landlord'");
    }
}
