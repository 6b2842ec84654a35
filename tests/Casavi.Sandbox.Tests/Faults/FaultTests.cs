namespace Casavi.Sandbox.Tests.Faults;

/// <summary>Random and scripted faults; authentication is spared unless a fault names it.</summary>
[Collection(FaultSandbox.Name)]
public sealed class FaultTests(SandboxHost host) : FaultSandboxTest(host)
{
    [Fact]
    public async Task An_error_rate_of_one_answers_every_api_request_503_but_not_authentication()
    {
        Server.Knobs.ErrorRate = 1;

        using var response = await Host.Client.GetAsync("/v2/units");
        var token = await SandboxHost.AuthenticateAsync(Server);

        await ErrorBody.AssertAsync(response, HttpStatusCode.ServiceUnavailable, "Service temporarily unavailable");
        Assert.NotEmpty(token);
    }

    [Fact]
    public async Task A_rate_limit_of_one_answers_429_with_retry_after()
    {
        Server.Knobs.RateLimitRate = 1;
        Server.Knobs.RetryAfterSeconds = 3;

        using var response = await Host.Client.GetAsync("/v2/contacts");

        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        await ErrorBody.AssertAsync(response, HttpStatusCode.TooManyRequests, "Rate limit exceeded, retry later");
    }

    [Fact]
    public async Task Half_an_error_rate_faults_some_requests_and_passes_others()
    {
        Server.Knobs.ErrorRate = 0.5;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await Host.Client.GetAsync("/v2/staff");
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
    }

    [Fact]
    public async Task A_scripted_fault_answers_the_next_matching_requests_then_stops()
    {
        Server.Knobs.ScriptFault("GET", "/v2/units", 503, count: 2);

        using var other = await Host.Client.GetAsync("/v2/properties");
        using var first = await Host.Client.GetAsync("/v2/units/P-00001-0001");
        Assert.Equal(1, Server.Knobs.PendingFaults);
        using var second = await Host.Client.GetAsync("/v2/units");
        using var third = await Host.Client.GetAsync("/v2/units");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(0, Server.Knobs.PendingFaults);
    }

    [Fact]
    public async Task A_scripted_429_carries_its_own_retry_after()
    {
        Server.Knobs.ScriptFault("*", "/v2/tickets", 429, count: 1, retryAfterSeconds: 7);

        using var response = await Host.Client.GetAsync("/v2/tickets/types");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Authentication_is_faulted_only_by_a_fault_that_names_it()
    {
        Server.Knobs.ScriptFault("*", "/v2", 500, count: 1);
        await SandboxHost.AuthenticateAsync(Server);
        Assert.Equal(1, Server.Knobs.PendingFaults);
        Server.Knobs.Reset();

        Server.Knobs.ScriptFault("POST", "/v2/authenticate", 503, count: 1);
        using var client = Anonymous();
        using var refused = await client.PostAsJsonAsync("/v2/authenticate", new { key = "sandbox-key", secret = "sandbox-secret" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(0, Server.Knobs.PendingFaults);
    }

    [Fact]
    public void Knobs_refuse_values_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Knobs.ErrorRate = 1.5);
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Knobs.LatencyMilliseconds = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Knobs.ScriptFault("GET", "/v2/units", 200, 1));
        Assert.Throws<ArgumentException>(() => Server.Knobs.ScriptFault("GET", "v2/units", 500, 1));
    }

    [Fact]
    public async Task Latency_delays_requests_without_failing_them()
    {
        Server.Knobs.LatencyMilliseconds = 30;

        using var response = await Host.Client.GetAsync("/v2/staff");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(30, Server.Knobs.LatencyMilliseconds);
        Server.Knobs.Reset();
        Assert.Equal(0, Server.Knobs.LatencyMilliseconds);
    }
}
