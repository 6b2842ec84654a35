using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Execution;

/// <summary>The deadlines hold in a real Production process: a casavi that never answers costs a request seconds, not minutes.</summary>
[Collection(GatewayProcessTestGroup.Name)]
public sealed class HungCasaviProcessTests
{
    [Fact]
    public async Task A_hung_casavi_is_answered_within_the_deadline_with_TIMEOUT_or_UPSTREAM_UNAVAILABLE()
    {
        var address = $"http://127.0.0.1:{GatewayProcess.FreePort()}";
        await using var gateway = GatewayProcess.Start(GatewayProcess.ProductionOnSandbox(
            address,
            ("Auth__AnonymousScopes__0", "casavi:read"),
            ("Sandbox__LatencyMilliseconds", "60000"),
            ("Gateway__ExecutionTimeout", "00:00:03"),
            ("Casavi__TotalTimeout", "00:00:02"),
            ("Casavi__AttemptTimeout", "00:00:01"),
            ("Casavi__RateLimitWaitLimit", "00:00:01")));
        using var live = await gateway.WaitForAnswerAsync(new Uri($"{address}/health/live"));
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };

        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = """{ __typename property(referenceId: "P-00002") { name } }""" });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Loose: the deadline is 3 s; this only catches a request that waits for casavi's minute.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"answered after {clock.Elapsed}");
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
        var codes = body.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("extensions").GetProperty("code").GetString()).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Matches("^(TIMEOUT|UPSTREAM_UNAVAILABLE)$", code));
    }
}
