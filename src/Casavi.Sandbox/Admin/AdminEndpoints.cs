using Casavi.Sandbox.Data;
using Casavi.Sandbox.Faults;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Admin;

/// <summary>
/// /_sandbox routes for a gateway or test running out of process: request counts, knobs, scripted
/// faults, deviations from the gateway's assumptions, token expiry, and edits made "in casavi"
/// behind the gateway's back (tickets: <see cref="AdminTicketEndpoints"/>). Not casavi's API: no
/// token, no faults, not counted.
/// </summary>
internal static class AdminEndpoints
{
    public static void MapSandboxAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(ApiRoutes.Admin);
        admin.MapGet("/requests", (RequestCounter requests) => CasaviResults.Ok(new RequestCounts(requests.Total, requests.Snapshot())));
        admin.MapDelete("/requests", (RequestCounter requests) =>
        {
            requests.Reset();
            return Results.NoContent();
        });
        admin.MapGet("/knobs", (SandboxKnobs knobs) => CasaviResults.Ok(Read(knobs)));
        admin.MapPut("/knobs", async (HttpRequest request, SandboxKnobs knobs) =>
        {
            var settings = await JsonBody.ReadAsync<KnobSettings>(request);
            Guarded(() => Apply(settings, knobs));
            return CasaviResults.Ok(Read(knobs));
        });
        admin.MapPost("/faults", async (HttpRequest request, SandboxKnobs knobs) =>
        {
            var script = await JsonBody.ReadAsync<FaultScript>(request);
            Guarded(() => knobs.ScriptFault(script.Method ?? "*", script.PathPrefix ?? string.Empty, script.Status, script.Count, script.RetryAfterSeconds));
            return Results.NoContent();
        });
        admin.MapPost("/routes/removed", async (HttpRequest request, SandboxKnobs knobs) =>
        {
            var removal = await JsonBody.ReadAsync<RouteRemoval>(request);
            Guarded(() => knobs.RemoveRoute(removal.Route ?? string.Empty, removal.Status ?? StatusCodes.Status404NotFound));
            return Results.NoContent();
        });
        admin.MapPost("/filters/ignored", async (HttpRequest request, SandboxKnobs knobs) =>
        {
            var ignored = await JsonBody.ReadAsync<IgnoredFilter>(request);
            Guarded(() => knobs.IgnoreFilter(ignored.Route ?? string.Empty, ignored.Parameter ?? string.Empty));
            return Results.NoContent();
        });
        admin.MapPost("/tokens/expire", (SandboxKnobs knobs) =>
        {
            knobs.ExpireAllTokens();
            return Results.NoContent();
        });
        admin.MapPatch("/contacts/{contactId}", async (string contactId, HttpRequest request, SandboxData data, TimeProvider time) =>
        {
            var edit = await JsonBody.ReadAsync<ContactEdit>(request);
            var contact = data.Contacts.Find(contactId) ?? throw CasaviProblem.NotFound($"No contact {contactId}.");
            var edited = contact with { LastName = edit.LastName ?? contact.LastName };
            data.Contacts.Replace(edited, time.GetUtcNow());
            return CasaviResults.Ok(edited);
        });
    }

    private static KnobSettings Read(SandboxKnobs knobs) => new()
    {
        LatencyMilliseconds = knobs.LatencyMilliseconds,
        ErrorRate = knobs.ErrorRate,
        RateLimitRate = knobs.RateLimitRate,
        RetryAfterSeconds = knobs.RetryAfterSeconds,
        TokenLifetimeSeconds = knobs.TokenLifetimeSeconds,
        HookDeliveryDelayMilliseconds = knobs.HookDeliveryDelayMilliseconds,
        HookFailureRate = knobs.HookFailureRate,
        HookRetryDelayMilliseconds = knobs.HookRetryDelayMilliseconds,
        PendingFaults = knobs.PendingFaults,
    };

    private static void Apply(KnobSettings settings, SandboxKnobs knobs)
    {
        if (settings.LatencyMilliseconds is { } latency)
            knobs.LatencyMilliseconds = latency;
        if (settings.ErrorRate is { } errorRate)
            knobs.ErrorRate = errorRate;
        if (settings.RateLimitRate is { } rateLimitRate)
            knobs.RateLimitRate = rateLimitRate;
        if (settings.RetryAfterSeconds is { } retryAfter)
            knobs.RetryAfterSeconds = retryAfter;
        if (settings.TokenLifetimeSeconds is { } lifetime)
            knobs.TokenLifetimeSeconds = lifetime;
        if (settings.HookDeliveryDelayMilliseconds is { } hookDelay)
            knobs.HookDeliveryDelayMilliseconds = hookDelay;
        if (settings.HookFailureRate is { } hookFailureRate)
            knobs.HookFailureRate = hookFailureRate;
        if (settings.HookRetryDelayMilliseconds is { } hookRetryDelay)
            knobs.HookRetryDelayMilliseconds = hookRetryDelay;
    }

    /// <summary>A knob value out of range is the caller's mistake: 400, not 500.</summary>
    private static void Guarded(Action change)
    {
        try
        {
            change();
        }
        catch (ArgumentException invalid)
        {
            throw CasaviProblem.BadRequest(invalid.Message);
        }
    }
}
