using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Casavi.GraphQL.Tests.Security;

/// <summary>Gateway:RateLimit: each caller has its own bucket; over it, 429 with Retry-After before the request is read.</summary>
public sealed class CallerRateLimitTests(RateLimitedGateway limited) : IClassFixture<RateLimitedGateway>
{
    private const string Typename = """{"query":"{ __typename }"}""";

    /// <summary>More than the burst, so a permit that came back meanwhile cannot hide the limit.</summary>
    private const int Attempts = RateLimitedGateway.Burst + 5;

    [Fact]
    public async Task A_caller_over_its_limit_gets_429_with_Retry_After_while_another_caller_is_served()
    {
        var refused = await ExhaustAsync(() => PostAsync(RateLimitedGateway.ReportingKey), answer => answer.Status == HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("1", refused.RetryAfter);
        var error = Assert.Single(refused.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32());

        var other = await PostAsync(RateLimitedGateway.PortalKey);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_by_address()
    {
        var refused = await ExhaustAsync(() => SendFromAsync("192.0.2.10", Typename), IsRefused);

        var neighbour = await SendFromAsync("192.0.2.11", Typename);

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        Assert.Equal("1", refused.Response.Headers.RetryAfter.ToString());
        Assert.Equal(StatusCodes.Status200OK, neighbour.Response.StatusCode);
    }

    [Fact]
    public async Task A_refused_request_is_not_read_and_health_is_not_limited()
    {
        await ExhaustAsync(() => SendFromAsync("192.0.2.20", Typename), IsRefused);

        // Not JSON at all: had the body been read, the answer would be 400.
        var unread = await SendFromAsync("192.0.2.20", "not json");
        var health = await SendFromAsync("192.0.2.20", body: null, HttpMethods.Get, "/health/live");

        Assert.Equal(StatusCodes.Status429TooManyRequests, unread.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, health.Response.StatusCode);
    }

    [Fact]
    public async Task A_request_refused_for_its_cost_takes_more_permits_so_its_caller_is_limited_sooner()
    {
        var bomb = JsonSerializer.Serialize(new { query = "{" + string.Concat(Enumerable.Range(0, 101).Select(i => $" a{i}: __typename")) + " }" });

        // The bucket holds 3; the refusal takes the 10 of Gateway:RateLimit:PermitsPerCostRefusal, or all that is left.
        var refusedForCost = await SendFromAsync("192.0.2.40", bomb);
        var next = await SendFromAsync("192.0.2.40", Typename);
        var neighbour = await SendFromAsync("192.0.2.41", Typename);

        Assert.Equal(StatusCodes.Status200OK, refusedForCost.Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, next.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, neighbour.Response.StatusCode);
    }

    /// <summary>Sends until <paramref name="refused"/> says the limit answered (at most <see cref="Attempts"/> times); returns the last answer.</summary>
    private static async Task<T> ExhaustAsync<T>(Func<Task<T>> send, Func<T, bool> refused)
    {
        var answer = await send();
        for (var attempt = 1; attempt < Attempts && !refused(answer); attempt++)
            answer = await send();
        return answer;
    }

    private static bool IsRefused(HttpContext context) => context.Response.StatusCode == StatusCodes.Status429TooManyRequests;

    private async Task<Answer> PostAsync(string apiKey)
    {
        using var client = limited.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Typename, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", apiKey);
        using var response = await client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var retryAfter = response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        return new Answer(response.StatusCode, retryAfter, body.RootElement.Clone());
    }

    /// <summary>An anonymous request from <paramref name="address"/>: the in-memory server lets a test choose the remote address.</summary>
    private Task<HttpContext> SendFromAsync(string address, string? body, string method = "POST", string path = "/graphql") =>
        limited.Gateway.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            context.Request.Method = method;
            context.Request.Path = path;
            if (body is null) return;
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        });

    private sealed record Answer(HttpStatusCode Status, string? RetryAfter, JsonElement Body);
}
