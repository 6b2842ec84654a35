using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

/// <summary>The probes that once exhausted the gateway, replayed: each is refused before it costs a casavi request.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class CostLimitTests(GatewayFixture gateway)
{
    public static TheoryData<string, string> Probes => new()
    {
        { "3,033 aliases of units(first: 1) { totalCount }", Aliases(3_033, "units(first:1){totalCount}") },
        { "1,000 aliases of properties(first: 100)", Aliases(1_000, "properties(first: 100) { nodes { name } }") },
        { "5 hops with first: 100", "{ properties(first: 100) { nodes { units(first: 100) { nodes { property { units(first: 100) { nodes { property { units(first: 100) { nodes { name } } } } } } } } } } }" },
        { "fragment variant", "query { properties(first: 100) { ...P } } fragment P on PropertyConnection { nodes { units(first: 100) { ...U } } } fragment U on UnitConnection { nodes { property { units(first: 100) { nodes { property { units(first: 100) { nodes { name } } } } } } } }" },
        { "fragments doubling 40 times", DoublingFragments(40) },
        { "33k repeated fields", "{ node(id: \"x\") { " + string.Concat(Enumerable.Repeat("id ", 33_000)) + "} }" },
        { "1,999 copies of id", "{ node(id: \"x\") { " + string.Concat(Enumerable.Repeat("id ", 1_999)) + "} }" },
        { "999 copies of units(first: 1) { totalCount }", "{" + string.Concat(Enumerable.Repeat(" units(first: 1) { totalCount }", 999)) + " }" },
        { "copies within copies", "{" + string.Concat(Enumerable.Repeat(" properties(first: 1) { nodes {" + string.Concat(Enumerable.Repeat(" name", 30)) + " } }", 30)) + " }" },
        { "1,000 fragments spread together", Fragments(1_000) },
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task A_probe_is_refused_with_COST_LIMIT_and_no_casavi_request(string probe, string query)
    {
        var before = gateway.Sandbox.Requests.Total;
        var clock = Stopwatch.StartNew();
        var body = await gateway.PostQueryAsync(query);
        clock.Stop();

        Assert.True("COST_LIMIT" == body.FirstErrorCode(), $"{probe}: {body}");
        Assert.False(body.TryGetProperty("data", out _), probe);
        Assert.Equal(before, gateway.Sandbox.Requests.Total);
        // Loose: the machine is noisy; the benchmark's "bombs" mode measures the time precisely.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{probe} took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_message_names_the_limit_exceeded()
    {
        var body = await gateway.PostQueryAsync(Aliases(101, "__typename"));

        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("more than the 100 aliases allowed (Gateway:MaxAliases)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fragment_bomb_small_as_written_is_refused_for_its_expanded_size()
    {
        var body = await gateway.PostQueryAsync(DoublingFragments(40));

        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("1,099,511,627,776 fields; at most 2,000 are allowed (Gateway:MaxFields)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_repeated_by_fragments_on_several_types_still_run()
    {
        var body = await gateway.PostQueryAsync(
            "{ properties(first: 1) { nodes { id ...P ... on Property { id name } } } } fragment P on Property { id name city }");

        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Fact]
    public async Task A_refusal_is_a_400_for_the_GraphQL_response_media_type()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(Aliases(101, "__typename"), GraphQLHttp.GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("COST_LIMIT", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_document_over_the_limits_is_refused_from_its_text_before_it_is_parsed()
    {
        var before = gateway.Sandbox.Requests.Total;

        // Parsed, this would be a syntax error; counted from the text, it is too large already.
        var body = await gateway.PostQueryAsync(Aliases(3_000, "units(first:1){totalCount}") + " }");

        Assert.Equal("COST_LIMIT", body.FirstErrorCode());
        Assert.Contains("more than the 100 aliases allowed", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, gateway.Sandbox.Requests.Total);
    }

    [Fact]
    public async Task A_get_request_over_the_limits_is_refused_too()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Get("query=" + Uri.EscapeDataString(Aliases(101, "__typename"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("COST_LIMIT", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Fields_in_comments_and_strings_do_not_count()
    {
        var hidden = Aliases(150, "units { totalCount }");
        var query = $"# {hidden}\n{{ __type(name: \"\"\"{hidden}\"\"\") {{ name }} }}";

        var body = await gateway.PostQueryAsync(query);

        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("__type").ValueKind);
    }

    [Fact]
    public async Task Variables_count_with_their_values()
    {
        const string query = "query($n: Int) { properties(first: $n) { nodes { units(first: $n) { nodes { property { units(first: $n) { nodes { property { units(first: $n) { nodes { name } } } } } } } } } } }";

        Assert.Equal("COST_LIMIT", (await gateway.PostQueryAsync(query, new { n = 100 })).FirstErrorCode());
        Assert.False((await gateway.PostQueryAsync(query, new { n = 1 })).TryGetProperty("errors", out _));
    }

    private static string Aliases(int count, string field)
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < count; i++)
            query.Append(" a").Append(i).Append(':').Append(field);
        return query.Append(" }").ToString();
    }

    /// <summary>Each fragment selects a field of its own (unknown, so only validation would refuse it), all spread in one selection set.</summary>
    private static string Fragments(int count) =>
        "{" + string.Concat(Enumerable.Range(0, count).Select(i => $" ...F{i}")) + " }"
        + string.Concat(Enumerable.Range(0, count).Select(i => $" fragment F{i} on Query {{ x{i} }}"));

    /// <summary>F0 spreads F1 twice, F1 spreads F2 twice…: 2^<paramref name="levels"/> fields once expanded.</summary>
    private static string DoublingFragments(int levels)
    {
        var query = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < levels; i++)
            query.Append(" fragment F").Append(i).Append(" on Query { ...F").Append(i + 1).Append(" ...F").Append(i + 1).Append(" }");
        return query.Append(" fragment F").Append(levels).Append(" on Query { __typename }").ToString();
    }
}
