using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Execution;

/// <summary>Gateway:MaxUpstreamRequestsPerOperation stops an operation's casavi requests at run time; what resolved before stays.</summary>
public sealed class UpstreamBudgetTests
{
    private const int Budget = 5;

    [Fact]
    public async Task Past_the_budget_fields_fail_with_UPSTREAM_BUDGET_EXCEEDED_and_no_further_request_is_sent()
    {
        await using var gateway = new GatewayFixture(new Dictionary<string, string?>
        {
            ["Gateway:MaxUpstreamRequestsPerOperation"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:MaxUpstreamRequests"] = "10000",
        });
        // Signs in first: the sign-in is not part of an operation's budget.
        await gateway.PostQueryAsync("""{ property(referenceId: "P-00009") { name } }""");
        gateway.Sandbox.Requests.Reset();

        var response = await gateway.PostQueryAsync(
            """{ a: property(referenceId: "P-00001") { name } b: property(referenceId: "P-00002") { units(first: 10) { nodes { name contracts { type contacts { lastName } } } } } }""",
            withCost: true);

        Assert.Equal(gateway.Sandbox.Data.Properties.Find("P-00001")!.Name, response.GetProperty("data").GetProperty("a").GetProperty("name").GetString());
        var codes = response.GetProperty("errors").EnumerateArray().Select(Code).ToList();
        Assert.Contains("UPSTREAM_BUDGET_EXCEEDED", codes);
        Assert.All(codes, code => Assert.Equal("UPSTREAM_BUDGET_EXCEEDED", code));
        var sent = gateway.Sandbox.Requests.Total;
        Assert.True(sent <= Budget, $"{sent} casavi requests: {string.Join(", ", gateway.Sandbox.Requests.Snapshot())}");
        Assert.Equal(sent, response.GetProperty("extensions").GetProperty("casavi").GetProperty("requests").GetInt32());
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
