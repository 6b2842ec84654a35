using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;

namespace Casavi.Client.Tests;

/// <summary>Key, secret and tokens appear in no log line (Trace level) and no exception message.</summary>
public sealed class SecretHygieneTests
{
    [Fact]
    public async Task Trace_logs_of_calls_renewals_and_failures_contain_no_credentials()
    {
        await using var harness = new ClientHarness(("Retry:MaxRetryAttempts", "1"));
        var answered = 0;
        harness.Stub.OnApi = (request, _) => Task.FromResult(Interlocked.Increment(ref answered) switch
        {
            1 => StubAnswers.Status(HttpStatusCode.Unauthorized),
            2 => StubAnswers.Status(HttpStatusCode.ServiceUnavailable),
            3 => StubAnswers.Json(Fixtures.Property("P-1")),
            _ => StubAnswers.Error(HttpStatusCode.NotFound, "Property not found"),
        });
        var properties = harness.Get<IPropertiesApi>();

        await properties.GetAsync("P-1");
        var error = await Assert.ThrowsAsync<CasaviNotFoundException>(() => properties.GetAsync("P-2"));

        var logs = harness.Logs.GetSnapshot();
        AssertNoSecrets(logs.Select(Describe).Append(error.ToString()), harness.Stub);
        // Every attempt is logged, by endpoint template; no header is (their structured state would carry the token).
        Assert.Equal(
            ["401", "503", "200", "404"],
            logs.Where(record => record.Message.StartsWith("casavi GET /v2/properties/{propertyId} answered", StringComparison.Ordinal))
                .Select(record => record.StructuredState!.Single(pair => pair.Key == "StatusCode").Value));
        Assert.DoesNotContain(logs, record => record.Message.Contains("Headers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_authenticate_call_leaks_nothing()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnAuthenticate = (request, _) =>
            Task.FromResult(StubAnswers.Error(HttpStatusCode.Unauthorized, $"Invalid credentials: {request.Body}"));

        var error = await Assert.ThrowsAsync<CasaviUnauthorizedException>(() => harness.Get<IPropertiesApi>().GetAsync("P-1"));

        Assert.Contains("casavi rejected the API key and secret", error.Message, StringComparison.Ordinal);
        var logs = harness.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        AssertNoSecrets(logs.Select(Describe).Append(error.ToString()), harness.Stub);
    }

    private static string Describe(Microsoft.Extensions.Logging.Testing.FakeLogRecord record) =>
        string.Join('\n', [record.Message, record.Exception?.ToString() ?? "", .. (record.StructuredState ?? []).Select(pair => $"{pair.Key}={pair.Value}")]);

    private static void AssertNoSecrets(IEnumerable<string> texts, StubCasavi stub)
    {
        var secrets = new[] { ClientHarness.Key, ClientHarness.Secret, StubCasavi.TokenNumber(1), StubCasavi.TokenNumber(2) };
        Assert.Contains(stub.Requests, request => request.Body?.Contains(ClientHarness.Secret, StringComparison.Ordinal) == true);
        foreach (var text in texts)
        {
            foreach (var secret in secrets)
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
