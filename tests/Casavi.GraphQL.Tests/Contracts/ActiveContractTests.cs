using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Contracts;

/// <summary>Current owners and renters: <c>contracts(activeAt:)</c> lists the contracts in force at a moment, future ones not.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class ActiveContractTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Contracts_active_at_a_moment_are_those_started_and_not_ended()
    {
        var now = DateTimeOffset.UtcNow;
        // A unit whose contracts differ between "not ended" and "in force now": one starts in the future.
        var unit = gateway.Sandbox.Data.Units.All().First(unit =>
            unit.Contracts.Any(contract => contract.StartDate > now) && unit.Contracts.Any(contract => contract.StartDate <= now && contract.EndDate is null));
        var expected = unit.Contracts
            .Where(contract => (contract.StartDate is null || contract.StartDate <= now) && (contract.EndDate is null || contract.EndDate >= now))
            .Select(contract => contract.Id)
            .ToList();

        var body = await gateway.PostQueryAsync(
            "query($id: String!, $at: DateTime!) { unit(referenceId: $id) { notEnded: contracts { referenceId } inForce: contracts(activeAt: $at) { referenceId contacts { lastName } } } }",
            new { id = unit.Id, at = now });

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var read = body.GetProperty("data").GetProperty("unit");
        var inForce = read.GetProperty("inForce").EnumerateArray().ToList();
        Assert.Equal(expected, inForce.Select(contract => contract.GetProperty("referenceId").GetString()));
        Assert.True(read.GetProperty("notEnded").GetArrayLength() > inForce.Count, "the future contract is listed as not ended");
        Assert.All(inForce, contract => Assert.NotEmpty(contract.GetProperty("contacts").EnumerateArray()));
    }
}
