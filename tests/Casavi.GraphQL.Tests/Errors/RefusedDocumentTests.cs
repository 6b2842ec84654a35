using System.Net;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Tests.Transport;

namespace Casavi.GraphQL.Tests.Errors;

/// <summary>Documents the gateway will not run get a code of their own, fast and without asking casavi.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class RefusedDocumentTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_selection_set_nested_deeper_than_the_parser_allows_is_QUERY_TOO_DEEP()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("unit { ", 1000)) + "name" + new string('}', 1001);

        var error = await RefusedAsync(query);

        Assert.Equal("QUERY_TOO_DEEP", ErrorMessageAssert.Code(error));
    }

    [Fact]
    public async Task A_list_literal_30000_levels_deep_is_QUERY_TOO_DEEP()
    {
        var query = "{ property(referenceId: " + new string('[', 30_000) + new string(']', 30_000) + ") { name } }";

        var error = await RefusedAsync(query);

        Assert.Equal("QUERY_TOO_DEEP", ErrorMessageAssert.Code(error));
    }

    [Fact]
    public async Task A_subscription_over_plain_HTTP_is_told_to_use_a_stream()
    {
        var error = await RefusedAsync("subscription { ticketCreated { title } }");

        Assert.Equal("SUBSCRIPTION_NEEDS_STREAM", ErrorMessageAssert.Code(error));
        Assert.Contains("text/event-stream", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Asserts a 400 without data or casavi requests, within a second; returns the single error.</summary>
    private async Task<JsonElement> RefusedAsync(string query)
    {
        var before = gateway.Sandbox.Requests.Total;
        using var client = gateway.CreateClient();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, GraphQLHttp.GraphQLResponseJson));
        var body = await response.JsonAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"answered after {watch.Elapsed}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        Assert.Equal(before, gateway.Sandbox.Requests.Total);
        ErrorMessageAssert.ShowNoInternals(body);
        return Assert.Single(body.GetProperty("errors").EnumerateArray());
    }
}
