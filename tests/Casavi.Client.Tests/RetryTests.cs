using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;
using Casavi.Contract.Content;

namespace Casavi.Client.Tests;

public sealed class RetryTests
{
    [Fact]
    public async Task A_get_answered_503_is_retried_and_succeeds()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = ScriptedAnswers.FirstThen(() => StubAnswers.Status(HttpStatusCode.ServiceUnavailable), () => StubAnswers.Json(Fixtures.Property("P-1")));

        var property = await harness.Get<IPropertiesApi>().GetAsync("P-1");

        Assert.Equal("P-1", property.Id);
        Assert.Equal(2, harness.Stub.ApiRequests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task A_delete_is_idempotent_and_retried(HttpStatusCode failure)
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = ScriptedAnswers.FirstThen(() => StubAnswers.Status(failure), () => StubAnswers.Status(HttpStatusCode.NoContent));

        await harness.Get<IRestHooksApi>().DeleteAsync("H-1");

        Assert.Equal(2, harness.Stub.ApiRequests.Count);
    }

    [Fact]
    public async Task A_post_answered_503_is_not_retried()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.Status(HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<CasaviUnavailableException>(
            () => harness.Get<IPostsApi>().CreateAsync(new CreatePost { Title = "T", Text = "X", PropertyId = "P-1" }));

        Assert.Single(harness.Stub.ApiRequests);
    }

    [Fact]
    public async Task A_patch_whose_connection_fails_is_not_retried()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (_, _) => throw new HttpRequestException("Connection reset by peer");

        var error = await Assert.ThrowsAsync<CasaviUnavailableException>(
            () => harness.Get<IVulcavoApi>().UpdateAssemblyTopicAsync("T-1", new() { Title = "New" }));

        Assert.Equal("casavi PATCH /v2/vulcavo/assembly-topic/{id} could not be reached: Connection reset by peer.", error.Message);
        Assert.Single(harness.Stub.ApiRequests);
    }

    [Fact]
    public async Task A_get_whose_connection_keeps_failing_is_tried_1_plus_MaxRetryAttempts_times()
    {
        await using var harness = new ClientHarness(("Retry:MaxRetryAttempts", "2"));
        harness.Stub.OnApi = (_, _) => throw new HttpRequestException("Connection refused");

        await Assert.ThrowsAsync<CasaviUnavailableException>(() => harness.Get<IUnitsApi>().GetAsync("U-1"));

        Assert.Equal(3, harness.Stub.ApiRequests.Count);
    }

    [Fact]
    public async Task An_attempt_that_exceeds_the_attempt_timeout_is_cut_off()
    {
        await using var harness = new ClientHarness(("Retry:MaxRetryAttempts", "0"), ("AttemptTimeout", "00:00:05"));
        var properties = harness.Get<IPropertiesApi>();
        await properties.GetAsync("P-0");
        harness.Stub.OnApi = async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        };

        var call = properties.GetAsync("P-1");
        Assert.True(await Eventually.TrueAsync(() => harness.Stub.ApiRequests.Count == 2));
        harness.Time.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<CasaviUnavailableException>(() => call.WithinLimit());
        Assert.Equal("casavi GET /v2/properties/{propertyId} timed out after 5 s.", error.Message);
    }
}
