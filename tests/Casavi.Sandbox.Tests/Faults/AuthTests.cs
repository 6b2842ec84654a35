using Casavi.Contract;

namespace Casavi.Sandbox.Tests.Faults;

[Collection(FaultSandbox.Name)]
public sealed class AuthTests(SandboxHost host) : FaultSandboxTest(host)
{
    [Fact]
    public async Task Good_credentials_get_a_token_that_expires_after_the_lifetime()
    {
        using var client = Anonymous();
        var before = DateTimeOffset.UtcNow;

        using var response = await client.PostAsJsonAsync("/v2/authenticate", new AuthenticateRequest("sandbox-key", "sandbox-secret"));
        var token = await CasaviBody.ReadAsync<TokenResponse>(response);

        Assert.True(Guid.TryParse(token.Token, out _));
        Assert.InRange(token.ExpiresAt, before.AddSeconds(3599), DateTimeOffset.UtcNow.AddSeconds(3601));
    }

    [Fact]
    public async Task The_deprecated_field_names_still_authenticate()
    {
        using var client = Anonymous();

        using var response = await client.PostAsJsonAsync("/v2/authenticate", new { apiKey = "sandbox-key", password = "sandbox-secret", email = "ignored@example.com" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_credentials_answer_401_and_missing_ones_400()
    {
        using var client = Anonymous();

        using var wrong = await client.PostAsJsonAsync("/v2/authenticate", new AuthenticateRequest("sandbox-key", "guess"));
        using var missing = await client.PostAsJsonAsync("/v2/authenticate", new { key = "sandbox-key" });

        await ErrorBody.AssertAsync(wrong, HttpStatusCode.Unauthorized, "Invalid key or secret");
        await ErrorBody.AssertAsync(missing, HttpStatusCode.BadRequest, "key and secret are required");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task A_missing_or_unknown_token_answers_401(string? token)
    {
        using var client = Anonymous();
        if (token is not null)
            client.DefaultRequestHeaders.Add("token", token);

        using var response = await client.GetAsync("/v2/properties");

        await ErrorBody.AssertAsync(response, HttpStatusCode.Unauthorized, "Invalid or expired token");
    }

    [Fact]
    public async Task Expired_tokens_answer_401_and_a_new_token_works()
    {
        Server.Knobs.TokenLifetimeSeconds = 0;
        using var client = Anonymous();
        client.DefaultRequestHeaders.Add("token", await SandboxHost.AuthenticateAsync(Server));
        using var expiredAtOnce = await client.GetAsync("/v2/staff");

        Server.Knobs.Reset();
        var token = await SandboxHost.AuthenticateAsync(Server);
        using var fresh = new HttpRequestMessage(HttpMethod.Get, "/v2/staff") { Headers = { { "token", token } } };
        using var beforeExpiry = await client.SendAsync(fresh);
        Server.Knobs.ExpireAllTokens();
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/v2/staff") { Headers = { { "token", token } } };
        using var afterExpiry = await client.SendAsync(stale);

        await ErrorBody.AssertAsync(expiredAtOnce, HttpStatusCode.Unauthorized, "Invalid or expired token");
        Assert.Equal(HttpStatusCode.OK, beforeExpiry.StatusCode);
        await ErrorBody.AssertAsync(afterExpiry, HttpStatusCode.Unauthorized, "Invalid or expired token");
    }

    [Fact]
    public async Task The_contract_document_needs_no_token()
    {
        using var client = Anonymous();

        var document = await client.GetFromJsonAsync<JsonElement>("/v2/openapi.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(document.GetProperty("paths").TryGetProperty("/v2/units/{unitId}", out _));
    }
}
