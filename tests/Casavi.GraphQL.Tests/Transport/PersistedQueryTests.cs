using System.Net;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

/// <summary>Automatic persisted queries over HTTP, with the cross-request cache of casavi reads off (the fixture's default).</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class PersistedQueryTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_document_registered_with_its_hash_is_then_served_by_hash_over_post_and_get()
    {
        var query = UniqueQuery();
        var hash = PersistedQueryRequests.HashOf(query);
        using var client = gateway.CreateClient();

        using var unknown = await client.SendAsync(PersistedQueryRequests.Post(hash));
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var notFound = await unknown.JsonAsync();
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", notFound.FirstErrorCode());
        Assert.Equal("PersistedQueryNotFound", notFound.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(notFound.TryGetProperty("data", out _));

        using var registered = await client.SendAsync(PersistedQueryRequests.Post(hash, query));
        Assert.Equal("Query", await TypenameAsync(registered));

        using var byPost = await client.SendAsync(PersistedQueryRequests.Post(hash));
        Assert.Equal("Query", await TypenameAsync(byPost));

        using var byGet = await client.SendAsync(PersistedQueryRequests.Get(hash));
        Assert.Equal("Query", await TypenameAsync(byGet));
    }

    [Fact]
    public async Task An_unknown_hash_over_get_is_answered_with_200_even_for_graphql_response_json()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(PersistedQueryRequests.Get(PersistedQueryRequests.HashOf(UniqueQuery())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_refused_and_nothing_is_stored()
    {
        var query = UniqueQuery();
        var otherHash = PersistedQueryRequests.HashOf(UniqueQuery());
        using var client = gateway.CreateClient();

        using var mismatch = await client.SendAsync(PersistedQueryRequests.Post(otherHash, query));
        var refusal = await mismatch.JsonAsync();
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", refusal.FirstErrorCode());
        Assert.False(refusal.TryGetProperty("data", out _));

        foreach (var hash in new[] { otherHash, PersistedQueryRequests.HashOf(query) })
        {
            using var lookup = await client.SendAsync(PersistedQueryRequests.Post(hash));
            Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await lookup.JsonAsync()).FirstErrorCode());
        }
    }

    [Fact]
    public async Task A_persisted_document_still_passes_the_cost_limits()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 101).Select(i => $" a{i}: __typename")) + " } # " + Guid.NewGuid();
        using var client = gateway.CreateClient();

        using var response = await client.SendAsync(PersistedQueryRequests.Post(PersistedQueryRequests.HashOf(query), query));

        Assert.Equal("COST_LIMIT", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_malformed_persisted_query_extension_is_an_invalid_request()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Post("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"00"}}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", (await response.JsonAsync()).FirstErrorCode());
    }

    /// <summary>A document no other test sends, so its hash is unknown until the test registers it.</summary>
    private static string UniqueQuery() => $"{{ __typename }} # {Guid.NewGuid()}";

    private static async Task<string?> TypenameAsync(HttpResponseMessage response)
    {
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("data").GetProperty("__typename").GetString();
    }
}
