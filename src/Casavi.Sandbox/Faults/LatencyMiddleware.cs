namespace Casavi.Sandbox.Faults;

/// <summary>Delays every /v2 request by the latency knob, to make round trips visible.</summary>
internal sealed class LatencyMiddleware(RequestDelegate next, SandboxKnobs knobs)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var latency = knobs.LatencyMilliseconds;
        if (latency > 0)
            await Task.Delay(latency, context.RequestAborted);
        await next(context);
    }
}
