using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Casavi.GraphQL.Tests.Security;

/// <summary>Who may call: API keys, JWT bearer tokens, nobody else; refused before anything is read or asked of casavi.</summary>
public sealed class CallerAuthenticationTests(CallerGateway callers) : IClassFixture<CallerGateway>
{
    private const string Query = "{ properties(first: 1) { nodes { name } } }";
    private static readonly string[] ReadScope = ["casavi:read"];

    [Fact]
    public async Task Without_credentials_the_answer_is_401_naming_the_schemes_and_nothing_is_read()
    {
        var before = callers.Gateway.Sandbox.Requests.Total;
        // A body far beyond the size limit: refused for its missing credentials, so it was never read.
        using var huge = new StringContent(new string('x', 3 * 1024 * 1024), Encoding.UTF8, "application/json");

        var (status, headers, body) = await PostAsync(huge, _ => { });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(["ApiKey", "Bearer"], headers.WwwAuthenticate.Select(value => value.Scheme));
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, callers.Gateway.Sandbox.Requests.Total);
    }

    [Theory]
    [InlineData("ApiKey wrong-key")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-token")]
    public async Task Credentials_that_are_not_valid_are_401(string authorization)
    {
        var (status, _, _) = await PostAsync(QueryBody(), request => request.Headers.TryAddWithoutValidation("Authorization", authorization));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Theory]
    [InlineData("Authorization", "ApiKey " + CallerGateway.ReaderKey)]
    [InlineData("X-Api-Key", CallerGateway.ReaderKey)]
    public async Task An_api_key_is_accepted_in_either_header(string header, string value)
    {
        var (status, _, body) = await PostAsync(QueryBody(), request => request.Headers.Add(header, value));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(1, body.GetProperty("data").GetProperty("properties").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_jwt_signed_by_the_configured_key_is_accepted_with_scopes_from_scope_or_scp()
    {
        var withScope = CallerGateway.Token(new Dictionary<string, object> { ["sub"] = "u-1", ["scope"] = "openid casavi:read" });
        var withScp = CallerGateway.Token(new Dictionary<string, object> { ["sub"] = "u-2", ["scp"] = ReadScope });

        foreach (var token in new[] { withScope, withScp })
        {
            var (status, _, body) = await PostAsync(QueryBody(), request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token));

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        }
    }

    [Fact]
    public async Task A_jwt_for_another_audience_signed_with_another_key_or_expired_is_401()
    {
        var claims = new Dictionary<string, object> { ["sub"] = "u-1", ["scope"] = "casavi:read" };
        string[] refused =
        [
            CallerGateway.Token(claims, audience: "someone-else"),
            CallerGateway.Token(claims, signingKey: new byte[32]),
            CallerGateway.Token(claims, expires: DateTime.UtcNow.AddMinutes(-10)),
        ];

        foreach (var token in refused)
        {
            var (status, _, _) = await PostAsync(QueryBody(), request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token));
            Assert.Equal(HttpStatusCode.Unauthorized, status);
        }
    }

    [Theory]
    [InlineData("/graphql", "text/html")]
    [InlineData("/health/live", "application/json")]
    public async Task The_ide_page_and_health_need_no_credentials(string path, string accept)
    {
        using var client = callers.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonContent QueryBody() => JsonContent.Create(new { query = Query });

    private async Task<(HttpStatusCode Status, HttpResponseHeaders Headers, JsonElement Body)> PostAsync(HttpContent content, Action<HttpRequestMessage> authenticate)
    {
        using var client = callers.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        authenticate(request);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Headers, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
