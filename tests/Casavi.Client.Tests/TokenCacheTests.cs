using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;

namespace Casavi.Client.Tests;

/// <summary>One token for many requests: fetched once, renewed before expiry, never cached when the call failed.</summary>
public sealed class TokenCacheTests
{
    [Fact]
    public async Task Authenticates_once_with_key_and_secret_and_sends_the_token_header()
    {
        await using var harness = new ClientHarness();
        var properties = harness.Get<IPropertiesApi>();

        await properties.GetAsync("P-1");
        await properties.GetAsync("P-2");

        var authenticate = Assert.Single(harness.Stub.Requests, r => r.IsAuthenticate);
        Assert.Equal(HttpMethod.Post, authenticate.Method);
        Assert.Equal($$"""{"key":"{{ClientHarness.Key}}","secret":"{{ClientHarness.Secret}}"}""", authenticate.Body);
        Assert.Null(authenticate.Token);
        Assert.All(harness.Stub.ApiRequests, r => Assert.Equal(StubCasavi.TokenNumber(1), r.Token));
    }

    [Fact]
    public async Task Fifty_concurrent_requests_with_an_expired_token_cause_exactly_one_authenticate_call()
    {
        await using var harness = new ClientHarness(("MaxConcurrentRequests", "64"));
        var properties = harness.Get<IPropertiesApi>();
        await properties.GetAsync("P-0");
        harness.Time.Advance(TimeSpan.FromHours(1));

        // Hold the renewal open so that all fifty requests are waiting for a token at once.
        var renewal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Stub.OnAuthenticate = async (_, _) =>
        {
            await renewal.Task;
            return await harness.Stub.IssueTokenAsync();
        };
        var calls = Enumerable.Range(1, 50).Select(i => properties.GetAsync($"P-{i}")).ToList();
        Assert.True(await Eventually.TrueAsync(() => harness.Stub.AuthenticateCount == 2));
        await Eventually.SettleAsync();
        renewal.SetResult();
        await Task.WhenAll(calls).WithinLimit();

        Assert.Equal(2, harness.Stub.AuthenticateCount);
        Assert.All(harness.Stub.ApiRequests.Skip(1), r => Assert.Equal(StubCasavi.TokenNumber(2), r.Token));
    }

    [Fact]
    public async Task The_token_is_renewed_the_margin_before_it_expires()
    {
        await using var harness = new ClientHarness(("TokenRefreshMargin", "00:01:00"));
        var properties = harness.Get<IPropertiesApi>();
        await properties.GetAsync("P-1");

        harness.Time.Advance(TimeSpan.FromMinutes(59) - TimeSpan.FromSeconds(1));
        await properties.GetAsync("P-1");
        Assert.Equal(1, harness.Stub.AuthenticateCount);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await properties.GetAsync("P-1");
        Assert.Equal(2, harness.Stub.AuthenticateCount);
    }

    [Fact]
    public async Task The_margin_never_exceeds_half_the_token_lifetime()
    {
        await using var harness = new ClientHarness(("TokenRefreshMargin", "00:01:00"));
        harness.Stub.TokenLifetime = TimeSpan.FromSeconds(60);
        var properties = harness.Get<IPropertiesApi>();
        await properties.GetAsync("P-1");

        harness.Time.Advance(TimeSpan.FromSeconds(29));
        await properties.GetAsync("P-1");
        Assert.Equal(1, harness.Stub.AuthenticateCount);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await properties.GetAsync("P-1");
        Assert.Equal(2, harness.Stub.AuthenticateCount);
    }

    [Fact]
    public async Task A_failed_authenticate_call_is_not_cached()
    {
        await using var harness = new ClientHarness(("Retry:MaxRetryAttempts", "0"));
        var refusals = 1;
        harness.Stub.OnAuthenticate = (_, _) => Interlocked.Decrement(ref refusals) >= 0
            ? Task.FromResult(StubAnswers.Status(HttpStatusCode.ServiceUnavailable))
            : harness.Stub.IssueTokenAsync();
        var properties = harness.Get<IPropertiesApi>();

        var error = await Assert.ThrowsAsync<CasaviUnavailableException>(() => properties.GetAsync("P-1"));
        await properties.GetAsync("P-1");

        Assert.StartsWith("casavi POST /v2/authenticate answered 503", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Stub.AuthenticateCount);
        Assert.Single(harness.Stub.ApiRequests);
    }

    [Fact]
    public async Task An_unavailable_authenticate_call_is_retried_for_an_idempotent_request()
    {
        await using var harness = new ClientHarness();
        var refusals = 1;
        harness.Stub.OnAuthenticate = (_, _) => Interlocked.Decrement(ref refusals) >= 0
            ? Task.FromResult(StubAnswers.Status(HttpStatusCode.BadGateway))
            : harness.Stub.IssueTokenAsync();

        await harness.Get<IPropertiesApi>().GetAsync("P-1");

        Assert.Equal(2, harness.Stub.AuthenticateCount);
    }

    [Fact]
    public async Task Rejected_credentials_throw_unauthorized_once_without_retrying()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnAuthenticate = (_, _) => Task.FromResult(StubAnswers.Error(HttpStatusCode.Unauthorized, "Unauthorized"));

        var error = await Assert.ThrowsAsync<CasaviUnauthorizedException>(() => harness.Get<IPropertiesApi>().GetAsync("P-1"));

        Assert.Equal("casavi rejected the API key and secret (POST /v2/authenticate answered 401).", error.Message);
        Assert.Equal(401, error.StatusCode);
        Assert.Equal(1, harness.Stub.AuthenticateCount);
        Assert.Empty(harness.Stub.ApiRequests);
    }
}
