using Casavi.Contract.Integration;

namespace Casavi.Sandbox.Tests.Hooks;

/// <summary>A failed delivery is retried like casavi would, up to three attempts, and never breaks the sandbox.</summary>
public sealed class HookRetryTests : HookTestBed
{
    [Fact]
    public async Task Failed_attempts_are_retried_until_one_succeeds()
    {
        var hookId = await SubscribeAsync(RestHookEvents.PostCreated, "posts");
        Server.Knobs.FailNextHookAttempts(2);

        await CreatePostAsync("post-retry-1");
        await SettledAsync(hookId);

        Assert.Equal((3, 1), (Server.HookDeliveries.Attempts(hookId), Server.HookDeliveries.Successes(hookId)));
        Assert.Single(Receiver.CallsTo("posts"));
    }

    [Fact]
    public async Task A_receiver_answering_500_is_called_again()
    {
        var hookId = await SubscribeAsync(RestHookEvents.PostCreated, "posts");
        Receiver.AnswerServerErrors(2);

        await CreatePostAsync("post-retry-500");
        await SettledAsync(hookId);

        Assert.Equal(3, Receiver.CallsTo("posts").Count);
        Assert.Equal((3, 1), (Server.HookDeliveries.Attempts(hookId), Server.HookDeliveries.Successes(hookId)));
    }

    [Fact]
    public async Task A_failure_rate_of_one_set_at_runtime_gives_up_after_three_attempts()
    {
        var hookId = await SubscribeAsync(RestHookEvents.PostCreated, "posts");
        using var knobs = await Client.PutAsJsonAsync("/_sandbox/knobs", new { hookFailureRate = 1.0 });

        await CreatePostAsync("post-retry-rate");
        await SettledAsync(hookId);
        var counts = await Client.GetFromJsonAsync<JsonElement>("/_sandbox/hooks/deliveries");

        Assert.Equal(HttpStatusCode.OK, knobs.StatusCode);
        Assert.Equal((3, 0), (Server.HookDeliveries.Attempts(hookId), Server.HookDeliveries.Successes(hookId)));
        Assert.Equal((3, 0), (counts.GetProperty("attempts").GetInt32(), counts.GetProperty("successes").GetInt32()));
        Assert.Empty(Receiver.CallsTo("posts"));
    }

    [Fact]
    public async Task A_receiver_that_is_down_does_not_break_the_sandbox()
    {
        var downUrl = Receiver.Url("down");
        await Receiver.DisposeAsync();
        using var subscribed = await Client.PostAsync("/v2/restHooks", CasaviBody.Body(new CreateRestHook { TargetUrl = downUrl, Event = RestHookEvents.PostCreated }));
        var hookId = (await CasaviBody.ReadAsync<RestHook>(subscribed)).Id;

        await CreatePostAsync("post-retry-down");
        await SettledAsync(hookId);

        Assert.Equal((3, 0), (Server.HookDeliveries.Attempts(hookId), Server.HookDeliveries.Successes(hookId)));
        Assert.Equal("post-retry-down", (await Host.GetJsonAsync("/v2/posts/post-retry-down")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_retry_waiting_when_the_hook_is_removed_is_dropped()
    {
        var hookId = await SubscribeAsync(RestHookEvents.PostCreated, "posts");
        Server.Knobs.FailNextHookAttempts(1);
        // Long enough that the hook is removed before the retry wakes, even on a busy machine; the retry then finds it gone.
        Server.Knobs.HookRetryDelayMilliseconds = 5000;

        await CreatePostAsync("post-retry-removed");
        await WaitUntilAsync(() => Server.HookDeliveries.Attempts(hookId) == 1);
        using var removed = await Client.DeleteAsync($"/v2/restHooks/{hookId}");
        await SettledAsync(hookId);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal((1, 0), (Server.HookDeliveries.Attempts(hookId), Server.HookDeliveries.Successes(hookId)));
        Assert.Empty(Receiver.CallsTo("posts"));
    }
}
