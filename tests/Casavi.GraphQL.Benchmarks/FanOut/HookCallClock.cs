using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Casavi.GraphQL.Benchmarks.FanOut;

/// <summary>
/// When casavi's rest hook last reached the gateway: a middleware in front of everything notes the
/// arrival of each event request, so the fan-out is timed from the hook call and not from the sandbox's
/// write (which waits its delivery delay first).
/// </summary>
internal sealed class HookCallClock : IStartupFilter
{
    private const string EventPathPrefix = "/casavi/events/";
    private long lastCall;

    /// <summary>Stopwatch timestamp of the latest hook call; 0 when none came yet.</summary>
    public long LastCall => Interlocked.Read(ref lastCall);

    public void Reset() => Interlocked.Exchange(ref lastCall, 0);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path.StartsWithSegments(EventPathPrefix.TrimEnd('/'), StringComparison.Ordinal) && HttpMethods.IsPost(context.Request.Method))
                Interlocked.Exchange(ref lastCall, Stopwatch.GetTimestamp());
            await nextMiddleware(context);
        });
        next(app);
    };
}
