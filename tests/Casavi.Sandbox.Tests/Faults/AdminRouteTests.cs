namespace Casavi.Sandbox.Tests.Faults;

/// <summary>The /_sandbox routes drive the same knobs and counters over HTTP.</summary>
[Collection(FaultSandbox.Name)]
public sealed class AdminRouteTests(SandboxHost host) : FaultSandboxTest(host)
{
    [Fact]
    public async Task Request_counts_are_read_and_reset()
    {
        using var staff = await Host.Client.GetAsync("/v2/staff");
        using var client = Anonymous();

        var counts = await client.GetFromJsonAsync<JsonElement>("/_sandbox/requests");
        using var reset = await client.DeleteAsync("/_sandbox/requests");

        Assert.Equal(1, counts.GetProperty("total").GetInt32());
        Assert.Equal(1, counts.GetProperty("counts").GetProperty("GET /v2/staff").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, Server.Requests.Total);
    }

    [Fact]
    public async Task Knobs_are_written_partially_and_read_back()
    {
        using var client = Anonymous();

        using var put = await client.PutAsJsonAsync("/_sandbox/knobs", new { latencyMilliseconds = 25, rateLimitRate = 0.25 });
        var knobs = await client.GetFromJsonAsync<JsonElement>("/_sandbox/knobs");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(25, knobs.GetProperty("latencyMilliseconds").GetInt32());
        Assert.Equal(0.25, knobs.GetProperty("rateLimitRate").GetDouble());
        Assert.Equal(0, knobs.GetProperty("errorRate").GetDouble());
        Assert.Equal(3600, knobs.GetProperty("tokenLifetimeSeconds").GetInt32());
        Assert.Equal((25, 0.25), (Server.Knobs.LatencyMilliseconds, Server.Knobs.RateLimitRate));
    }

    [Fact]
    public async Task A_knob_out_of_range_is_refused()
    {
        using var client = Anonymous();

        using var response = await client.PutAsJsonAsync("/_sandbox/knobs", new { errorRate = 2 });

        await ErrorBody.AssertContainsAsync(response, HttpStatusCode.BadRequest, "between 0 and 1");
        Assert.Equal(0, Server.Knobs.ErrorRate);
    }

    [Fact]
    public async Task A_fault_is_scripted_over_http()
    {
        using var client = Anonymous();

        using var scripted = await client.PostAsJsonAsync("/_sandbox/faults", new { method = "GET", pathPrefix = "/v2/contacts", status = 429, count = 1, retryAfterSeconds = 2 });
        using var faulted = await Host.Client.GetAsync("/v2/contacts");
        using var normal = await Host.Client.GetAsync("/v2/contacts");

        Assert.Equal(HttpStatusCode.NoContent, scripted.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, faulted.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), faulted.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
    }

    [Fact]
    public async Task Tokens_are_expired_over_http()
    {
        using var client = Anonymous();

        using var expire = await client.PostAsync("/_sandbox/tokens/expire", content: null);
        using var response = await Host.Client.GetAsync("/v2/staff");

        Assert.Equal(HttpStatusCode.NoContent, expire.StatusCode);
        await ErrorBody.AssertAsync(response, HttpStatusCode.Unauthorized, "Invalid or expired token");
    }
}
