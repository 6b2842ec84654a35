using System.Text.Json;

namespace Casavi.GraphQL.Tests.Accounts;

/// <summary>
/// casavi's 429 pauses the account it came from, and only that one. A fixture of its own: the pause
/// would hold up the other tests of the second account.
/// </summary>
public sealed class TwoAccountRateLimitTests(TwoAccountGateway accounts) : IClassFixture<TwoAccountGateway>
{
    [Fact]
    public async Task A_rate_limit_of_one_account_does_not_pause_the_other()
    {
        using var defaultCaller = accounts.ClientWithKey(TwoAccountGateway.DefaultKey);
        using var secondCaller = accounts.ClientWithKey(TwoAccountGateway.SecondKey);
        // Long enough to outlast the gateway's wait limit, so the second account's callers fail fast.
        accounts.Second.Knobs.ScriptFault("GET", "/v2/tickets/types", 429, 1, retryAfterSeconds: 30);

        var limited = await TwoAccountGateway.QueryAsync(secondCaller, "{ ticketTypes(first: 1) { nodes { name } } }");
        var unaffected = await TwoAccountGateway.QueryAsync(defaultCaller, "{ ticketTypes(first: 1) { nodes { name } } }");

        Assert.Equal("UPSTREAM_RATE_LIMITED", limited.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(unaffected.TryGetProperty("errors", out _), unaffected.ToString());
    }
}
