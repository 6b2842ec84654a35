using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;
using Casavi.Contract.Content;

namespace Casavi.Client.Tests;

public sealed class ErrorTests
{
    private static readonly CreatePost NewPost = new() { Title = "Lift", Text = "Repair", PropertyId = "P-1" };

    private static ClientHarness Answering(HttpResponseMessage answer)
    {
        var harness = new ClientHarness(("Retry:MaxRetryAttempts", "0"));
        harness.Stub.OnApi = (_, _) => Task.FromResult(answer);
        return harness;
    }

    [Fact]
    public async Task Not_found_names_the_endpoint_template_not_the_id()
    {
        await using var harness = Answering(StubAnswers.Error(HttpStatusCode.NotFound, "Property not found"));

        var error = await Assert.ThrowsAsync<CasaviNotFoundException>(() => harness.Get<IPropertiesApi>().GetAsync("P-secret-4711"));

        Assert.Equal("casavi GET /v2/properties/{propertyId} answered 404 Not Found: Property not found", error.Message);
        Assert.Equal(404, error.StatusCode);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "title must not be empty")]
    [InlineData(HttpStatusCode.Conflict, "A post with this id exists")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "Body exceeds 15 MB")]
    [InlineData(HttpStatusCode.UnprocessableEntity, "propertyId is unknown")]
    public async Task Refused_input_is_invalid_input_with_casavis_message(HttpStatusCode status, string message)
    {
        await using var harness = Answering(StubAnswers.Error(status, message));

        var error = await Assert.ThrowsAsync<CasaviInvalidInputException>(() => harness.Get<IPostsApi>().CreateAsync(NewPost));

        Assert.Equal((int)status, error.StatusCode);
        Assert.StartsWith($"casavi POST /v2/posts answered {(int)status} ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($": {message}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_values_stay_out_of_messages()
    {
        await using var harness = Answering(StubAnswers.Error(HttpStatusCode.BadRequest, "Invalid filter"));

        var error = await Assert.ThrowsAsync<CasaviInvalidInputException>(() => harness.Get<IPostsApi>().ListAsync(propertyId: "P-secret-4711"));

        Assert.Equal("casavi GET /v2/posts answered 400 Bad Request: Invalid filter", error.Message);
    }

    [Fact]
    public async Task Forbidden_is_unauthorized()
    {
        await using var harness = Answering(StubAnswers.Error(HttpStatusCode.Forbidden, "Not allowed for this account"));

        var error = await Assert.ThrowsAsync<CasaviUnauthorizedException>(() => harness.Get<IStaffApi>().ListAsync());

        Assert.Equal("casavi GET /v2/staff answered 403 Forbidden: Not allowed for this account", error.Message);
    }

    [Fact]
    public async Task Too_many_requests_is_rate_limited_with_retry_after()
    {
        var answer = StubAnswers.RetryAfterSeconds(HttpStatusCode.TooManyRequests, 30);
        await using var harness = Answering(answer);

        var error = await Assert.ThrowsAsync<CasaviRateLimitedException>(() => harness.Get<IPostsApi>().CreateAsync(NewPost));

        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal("casavi POST /v2/posts answered 429 Too Many Requests.", error.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task Server_failures_are_unavailable(HttpStatusCode status)
    {
        await using var harness = Answering(StubAnswers.Error(status, "Try again later"));

        var error = await Assert.ThrowsAsync<CasaviUnavailableException>(() => harness.Get<IUnitsApi>().GetAsync("U-1"));

        Assert.Equal((int)status, error.StatusCode);
        Assert.EndsWith(": Try again later", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Methods_without_a_result_throw_typed_errors_too()
    {
        await using var harness = Answering(StubAnswers.Error(HttpStatusCode.NotFound, "Hook not found"));

        var error = await Assert.ThrowsAsync<CasaviNotFoundException>(() => harness.Get<IRestHooksApi>().DeleteAsync("H-1"));

        Assert.Equal("casavi DELETE /v2/restHooks/{hookId} answered 404 Not Found: Hook not found", error.Message);
    }

    [Fact]
    public async Task A_body_that_is_not_a_casavi_error_leaves_only_the_status()
    {
        var answer = new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>proxy error</html>") };
        await using var harness = Answering(answer);

        var error = await Assert.ThrowsAsync<CasaviUnavailableException>(() => harness.Get<IUnitsApi>().GetAsync("U-1"));

        Assert.Equal("casavi GET /v2/units/{unitId} answered 502 Bad Gateway.", error.Message);
    }

    [Fact]
    public async Task An_unreadable_success_body_is_unavailable()
    {
        var answer = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\": 12") };
        await using var harness = Answering(answer);

        var error = await Assert.ThrowsAsync<CasaviUnavailableException>(() => harness.Get<IUnitsApi>().GetAsync("U-1"));

        Assert.StartsWith("casavi GET /v2/units/{unitId} answered a body that could not be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_cancellation_stays_a_cancellation()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        };
        using var cancellation = new CancellationTokenSource();

        var call = harness.Get<IUnitsApi>().GetAsync("U-1", cancellationToken: cancellation.Token);
        Assert.True(await Eventually.TrueAsync(() => harness.Stub.ApiRequests.Count == 1));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WithinLimit());
    }
}
