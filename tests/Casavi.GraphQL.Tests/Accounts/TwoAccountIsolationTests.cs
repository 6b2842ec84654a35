using System.Net;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Accounts;

/// <summary>Two casavi accounts behind one gateway: nothing read, cached or minted for one is served to the other.</summary>
public sealed class TwoAccountIsolationTests(TwoAccountGateway accounts) : IClassFixture<TwoAccountGateway>
{
    private const string FirstProperties = "{ properties(first: 3) { nodes { id referenceId name } } }";

    [Fact]
    public async Task Each_caller_reads_its_own_accounts_data()
    {
        using var defaultCaller = accounts.ClientWithKey(TwoAccountGateway.DefaultKey);
        using var secondCaller = accounts.ClientWithKey(TwoAccountGateway.SecondKey);

        var defaultNames = Names(await TwoAccountGateway.QueryAsync(defaultCaller, FirstProperties));
        var secondNames = Names(await TwoAccountGateway.QueryAsync(secondCaller, FirstProperties));

        Assert.Equal(accounts.Default.Data.Properties.All().Take(3).Select(property => property.Name), defaultNames);
        Assert.Equal(accounts.Second.Data.Properties.All().Take(3).Select(property => property.Name), secondNames);
        Assert.NotEqual(defaultNames, secondNames);
    }

    [Fact]
    public async Task What_one_account_cached_is_never_served_to_the_other()
    {
        using var defaultCaller = accounts.ClientWithKey(TwoAccountGateway.DefaultKey);
        using var secondCaller = accounts.ClientWithKey(TwoAccountGateway.SecondKey);
        const string query = "{ property(referenceId: \"P-00002\") { name units(first: 2) { nodes { referenceId } } } }";
        await TwoAccountGateway.QueryAsync(defaultCaller, query);
        var secondRequestsBefore = accounts.Second.Requests.Total;

        var second = await TwoAccountGateway.QueryAsync(secondCaller, query);

        Assert.Equal(accounts.Second.Data.Properties.Find("P-00002")!.Name, second.GetProperty("data").GetProperty("property").GetProperty("name").GetString());
        Assert.True(accounts.Second.Requests.Total > secondRequestsBefore, "the second account's casavi was not asked");
        Assert.Equal(0, UpstreamCost.From(second).CacheHits);
    }

    [Fact]
    public async Task A_global_id_is_resolved_only_for_the_account_it_was_issued_for()
    {
        using var defaultCaller = accounts.ClientWithKey(TwoAccountGateway.DefaultKey);
        using var secondCaller = accounts.ClientWithKey(TwoAccountGateway.SecondKey);
        var secondId = FirstId(await TwoAccountGateway.QueryAsync(secondCaller, FirstProperties));
        var defaultId = FirstId(await TwoAccountGateway.QueryAsync(defaultCaller, FirstProperties));
        Assert.NotEqual(secondId, defaultId);
        var requestsBefore = accounts.Default.Requests.Total + accounts.Second.Requests.Total;

        var crossed = await TwoAccountGateway.QueryAsync(defaultCaller, "query($id: ID!) { node(id: $id) { id } }", new { id = secondId });
        var crossedBack = await TwoAccountGateway.QueryAsync(secondCaller, "query($id: ID!) { node(id: $id) { id } }", new { id = defaultId });

        foreach (var refused in new[] { crossed, crossedBack })
        {
            var error = refused.GetProperty("errors")[0];
            Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("another casavi account", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(requestsBefore, accounts.Default.Requests.Total + accounts.Second.Requests.Total);
        var own = await TwoAccountGateway.QueryAsync(secondCaller, "query($id: ID!) { node(id: $id) { id } }", new { id = secondId });
        Assert.Equal(secondId, own.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_cursor_of_one_account_is_refused_by_the_other()
    {
        using var defaultCaller = accounts.ClientWithKey(TwoAccountGateway.DefaultKey);
        using var secondCaller = accounts.ClientWithKey(TwoAccountGateway.SecondKey);
        const string page = "query($after: String) { properties(first: 2, after: $after) { nodes { referenceId } pageInfo { endCursor } } }";
        var cursor = (await TwoAccountGateway.QueryAsync(secondCaller, page))
            .GetProperty("data").GetProperty("properties").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var crossed = await TwoAccountGateway.QueryAsync(defaultCaller, page, new { after = cursor });
        var own = await TwoAccountGateway.QueryAsync(secondCaller, page, new { after = cursor });

        Assert.Equal("BAD_USER_INPUT", crossed.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(own.TryGetProperty("errors", out _), own.ToString());
        Assert.Equal(
            accounts.Second.Data.Properties.All().Skip(2).Take(2).Select(property => property.Id),
            own.GetProperty("data").GetProperty("properties").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()));
    }

    [Fact]
    public async Task A_jwt_names_its_account_in_a_claim()
    {
        using var second = accounts.ClientWithToken(TwoAccountGateway.SecondAccount);
        using var unnamed = accounts.ClientWithToken(account: null);

        Assert.Equal(accounts.Second.Data.Properties.All().Take(3).Select(property => property.Name), Names(await TwoAccountGateway.QueryAsync(second, FirstProperties)));
        Assert.Equal(accounts.Default.Data.Properties.All().Take(3).Select(property => property.Name), Names(await TwoAccountGateway.QueryAsync(unnamed, FirstProperties)));
    }

    [Fact]
    public async Task A_jwt_naming_an_account_the_gateway_does_not_serve_is_refused_before_anything_is_read()
    {
        using var stranger = accounts.ClientWithToken("elsewhere");
        var requestsBefore = accounts.Default.Requests.Total + accounts.Second.Requests.Total;

        using var response = await stranger.PostAsync("/graphql", new StringContent("""{"query":"{ properties(first: 1) { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FORBIDDEN", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(requestsBefore, accounts.Default.Requests.Total + accounts.Second.Requests.Total);
    }

    [Fact]
    public async Task Readiness_asks_every_account()
    {
        using var client = accounts.Gateway.CreateClient();
        var before = (accounts.Default.Requests.Total, accounts.Second.Requests.Total);

        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(accounts.Default.Requests.Total > before.Item1 && accounts.Second.Requests.Total > before.Item2, "an account was not probed");
    }

    private static List<string?> Names(JsonElement body) =>
        [.. body.GetProperty("data").GetProperty("properties").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString())];

    private static string FirstId(JsonElement body) =>
        body.GetProperty("data").GetProperty("properties").GetProperty("nodes")[0].GetProperty("id").GetString()!;
}
