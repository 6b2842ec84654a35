using System.Diagnostics;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Execution;

/// <summary>Gateway:ExecutionTimeout bounds a request: slow or hung casavi answers within it, with the data already resolved.</summary>
public sealed class ExecutionTimeoutTests
{
    private static readonly Dictionary<string, string?> ShortTimeouts = new()
    {
        ["Gateway:ExecutionTimeout"] = "00:00:02",
        ["Casavi:TotalTimeout"] = "00:00:01.500",
        ["Casavi:AttemptTimeout"] = "00:00:01.500",
        ["Casavi:RateLimitWaitLimit"] = "00:00:01",
    };

    [Fact]
    public async Task A_hung_casavi_is_answered_within_the_deadline_with_partial_data()
    {
        await using var gateway = new GatewayFixture(ShortTimeouts);
        await gateway.PostQueryAsync("""{ property(referenceId: "P-00001") { name } }""");
        gateway.Sandbox.Knobs.LatencyMilliseconds = 60_000;

        var clock = Stopwatch.StartNew();
        var response = await gateway.PostQueryAsync("""{ __typename property(referenceId: "P-00002") { name } }""");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3.5), $"answered after {clock.Elapsed}");
        Assert.Equal("Query", response.GetProperty("data").GetProperty("__typename").GetString());
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Matches("^(TIMEOUT|UPSTREAM_UNAVAILABLE)$", Code(error));
    }

    [Fact]
    public async Task Fields_still_waiting_at_the_deadline_end_with_TIMEOUT_and_resolved_ones_stay()
    {
        await using var gateway = new GatewayFixture(ShortTimeouts);
        await gateway.PostQueryAsync("""{ property(referenceId: "P-00001") { name } }""");
        gateway.Sandbox.Knobs.LatencyMilliseconds = 700;

        var clock = Stopwatch.StartNew();
        var response = await gateway.PostQueryAsync(
            """{ a: property(referenceId: "P-00002") { name } b: property(referenceId: "P-00003") { name units(first: 2) { nodes { name contracts { type contacts { lastName } } } } } }""");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3.5), $"answered after {clock.Elapsed}");
        Assert.Equal(gateway.Sandbox.Data.Properties.Find("P-00002")!.Name, response.GetProperty("data").GetProperty("a").GetProperty("name").GetString());
        var errors = response.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, error => Code(error) == "TIMEOUT");
        Assert.DoesNotContain(errors, error => Code(error) == "INTERNAL_SERVER_ERROR");
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
