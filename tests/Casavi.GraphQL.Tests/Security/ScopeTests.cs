using System.Net.Http.Json;
using System.Text.Json;

namespace Casavi.GraphQL.Tests.Security;

/// <summary>What each scope allows: a denied root field is FORBIDDEN at its path, the rest of the response stays.</summary>
public sealed class ScopeTests(CallerGateway callers) : IClassFixture<CallerGateway>
{
    private const string CreatePost =
        "createPost(input: { propertyId: $property, title: \"Hoffest\", text: \"Am Samstag im Innenhof.\" }) { errors { __typename } post { title } }";

    private const string StartImport = "startImport(input: { updateExisting: false }) { errors { __typename } }";

    [Fact]
    public async Task A_reader_may_query_but_not_write()
    {
        var body = await PostAsync(CallerGateway.ReaderKey, $"mutation($property: String!) {{ {CreatePost} }}");

        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("casavi:write", error.GetProperty("extensions").GetProperty("requiredScope").GetString());
        Assert.Equal("createPost", error.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("createPost").ValueKind);
    }

    [Fact]
    public async Task A_writer_may_write_content_but_not_administer_and_keeps_what_it_may_do()
    {
        var body = await PostAsync(CallerGateway.WriterKey, $"mutation($property: String!) {{ {CreatePost} {StartImport} }}");

        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("startImport", error.GetProperty("path")[0].GetString());
        Assert.Equal("Hoffest", body.GetProperty("data").GetProperty("createPost").GetProperty("post").GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_administrator_may_start_an_import()
    {
        var body = await PostAsync(CallerGateway.AdminKey, $"mutation {{ {StartImport} }}");

        // The mutation ran (an empty import is the caller's mistake, reported in its payload), no FORBIDDEN.
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("data").GetProperty("startImport").GetProperty("errors").ValueKind);
    }

    [Fact]
    public async Task Credentials_without_any_scope_read_nothing()
    {
        var token = CallerGateway.Token(new Dictionary<string, object> { ["sub"] = "u-3", ["scope"] = "openid" });
        using var client = callers.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename properties(first: 1) { nodes { name } } }" }) };
        request.Headers.Authorization = new("Bearer", token);

        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("FORBIDDEN", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("casavi:read", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("requiredScope").GetString());
    }

    private async Task<JsonElement> PostAsync(string apiKey, string query)
    {
        using var client = callers.Gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", CallerGateway.AdminKey);
        var property = (await Infrastructure.GatewayFixture.PostQueryAsync(client, "{ properties(first: 1) { nodes { referenceId } } }", null, false))
            .GetProperty("data").GetProperty("properties").GetProperty("nodes")[0].GetProperty("referenceId").GetString();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return await Infrastructure.GatewayFixture.PostQueryAsync(client, query, query.Contains("$property", StringComparison.Ordinal) ? new { property } : null, false);
    }
}
