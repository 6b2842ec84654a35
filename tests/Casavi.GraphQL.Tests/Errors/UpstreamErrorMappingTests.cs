using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Errors;

/// <summary>casavi failures, provoked with the sandbox's fault knobs, become coded GraphQL errors while the rest of the data stays.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class UpstreamErrorMappingTests(GatewayFixture gateway) : IDisposable
{
    private const string PropertyAndUnit = """{ property(referenceId: "P-00001") { name } unit(referenceId: "P-00001-0001") { name } }""";

    [Fact]
    public async Task A_missing_entity_is_null_with_NOT_FOUND_and_the_rest_of_the_data_stays()
    {
        var response = await gateway.PostQueryAsync("""{ property(referenceId: "P-00001") { name } missing: unit(referenceId: "NO-SUCH-UNIT") { name } }""");

        var data = response.GetProperty("data");
        Assert.Equal(gateway.Sandbox.Data.Properties.Find("P-00001")!.Name, data.GetProperty("property").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", Code(error));
        Assert.Equal("missing", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Server_errors_become_UPSTREAM_UNAVAILABLE_after_the_retries()
    {
        gateway.Sandbox.Knobs.ErrorRate = 1;

        var response = await gateway.PostQueryAsync("""{ property(referenceId: "P-00002") { name } }""");

        Assert.Equal("UPSTREAM_UNAVAILABLE", Code(Assert.Single(response.GetProperty("errors").EnumerateArray())));
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("property").ValueKind);
        AssertNoInternals(response);
    }

    [Fact]
    public async Task Rate_limiting_becomes_UPSTREAM_RATE_LIMITED_with_the_retry_delay()
    {
        gateway.Sandbox.Knobs.RetryAfterSeconds = 1;
        gateway.Sandbox.Knobs.ScriptFault("GET", "/v2/properties/P-00003", 429, count: 10, retryAfterSeconds: 1);

        var response = await gateway.PostQueryAsync("""{ property(referenceId: "P-00003") { name } }""");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("UPSTREAM_RATE_LIMITED", Code(error));
        Assert.Equal(1, error.GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task An_expired_token_is_refreshed_without_the_client_noticing()
    {
        await gateway.PostQueryAsync(PropertyAndUnit);
        var authenticationsBefore = gateway.Sandbox.Requests.Count("POST /v2/authenticate");
        gateway.Sandbox.Knobs.ExpireAllTokens();

        var response = await gateway.PostQueryAsync(PropertyAndUnit);

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(authenticationsBefore + 1, gateway.Sandbox.Requests.Count("POST /v2/authenticate"));
    }

    [Fact]
    public async Task Rejected_credentials_become_UPSTREAM_UNAUTHORIZED_without_secrets()
    {
        await gateway.PostQueryAsync(PropertyAndUnit);
        gateway.Sandbox.Knobs.ExpireAllTokens();
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/authenticate", 401, count: 5);

        var response = await gateway.PostQueryAsync("""{ property(referenceId: "P-00004") { name } }""");

        Assert.Equal("UPSTREAM_UNAUTHORIZED", Code(Assert.Single(response.GetProperty("errors").EnumerateArray())));
        AssertNoInternals(response);
    }

    public void Dispose() => gateway.Sandbox.Knobs.Reset();

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();

    private static void AssertNoInternals(JsonElement response)
    {
        var text = response.GetRawText();
        Assert.DoesNotContain("sandbox-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }
}
