using System.Net.Http.Json;
using Casavi.Contract;
using Casavi.Contract.Integration;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Faults;

namespace Casavi.Sandbox.Hooks;

/// <summary>
/// Calls the rest hooks subscribed to a change in the background, as casavi does: after the configured
/// delay, retried with doubling pauses when the attempt fails, never blocking the write that caused it.
/// Disposing it (with the sandbox) cancels every pending delivery.
/// </summary>
internal sealed partial class HookDispatcher(SandboxData data, SandboxKnobs knobs, HookDeliveries deliveries, TimeProvider time, ILogger<HookDispatcher> logger)
    : IDisposable
{
    public const int MaxAttempts = 3;

    // A receiver that accepts the connection but never answers must not hold a delivery forever.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient client = new() { Timeout = AttemptTimeout };
    private readonly CancellationTokenSource stopping = new();

    /// <summary>Starts one delivery per hook subscribed to <paramref name="eventName"/>; returns at once.</summary>
    public void Publish(string eventName, string entityId, DateTimeOffset occurredAt)
    {
        var subscribed = data.RestHooks.All().Where(h => string.Equals(h.Event, eventName, StringComparison.Ordinal));
        foreach (var hook in subscribed)
        {
            var payload = new RestHookEvent { HookId = hook.Id, Event = eventName, EntityId = entityId, OccurredAt = occurredAt };
            deliveries.RecordScheduled(hook.Id);
            _ = DeliverAsync(hook, payload, stopping.Token);
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
        client.Dispose();
    }

    private async Task DeliverAsync(RestHook hook, RestHookEvent payload, CancellationToken ct)
    {
        if (await TryDeliverAsync(hook, payload, ct))
            deliveries.RecordSettled(hook.Id);
    }

    /// <summary>False when the sandbox stopped before the delivery ended.</summary>
    private async Task<bool> TryDeliverAsync(RestHook hook, RestHookEvent payload, CancellationToken ct)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(knobs.HookDeliveryDelayMilliseconds), time, ct);
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                // An unsubscribed hook is not called any more, not even by a retry already waiting.
                if (data.RestHooks.Find(hook.Id) != hook)
                    return true;
                deliveries.RecordAttempt(hook.Id);
                if (await AttemptAsync(hook, payload, ct))
                {
                    deliveries.RecordSuccess(hook.Id);
                    return true;
                }
                if (attempt < MaxAttempts)
                    await Task.Delay(TimeSpan.FromMilliseconds(knobs.HookRetryDelayMilliseconds * Math.Pow(2, attempt - 1)), time, ct);
            }
            LogGaveUp(logger, hook.Id, payload.Event, payload.EntityId, MaxAttempts);
            return true;
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // The sandbox stopped (its client may be disposed already): pending deliveries end quietly.
            return false;
        }
    }

    private async Task<bool> AttemptAsync(RestHook hook, RestHookEvent payload, CancellationToken ct)
    {
        if (knobs.NextHookAttemptFails())
            return false;
        try
        {
            using var response = await client.PostAsJsonAsync(hook.TargetUrl, payload, CasaviJson.Options, ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception unreachable) when (unreachable is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rest hook {HookId} gave up on {Event} for {EntityId} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, string hookId, string @event, string entityId, int attempts);
}
