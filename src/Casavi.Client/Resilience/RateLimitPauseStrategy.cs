using System.Net;
using Casavi.Client.Diagnostics;
using Casavi.Client.Errors;
using Polly;

namespace Casavi.Client.Resilience;

/// <summary>
/// Runs before every attempt (inside the retry, outside the breaker): waits out the shared
/// <see cref="RateLimitPause"/> up to <c>RateLimitWaitLimit</c>, else fails at once with the time
/// left, and starts the pause when casavi answers 429 with Retry-After.
/// </summary>
internal sealed class RateLimitPauseStrategy(RateLimitPause pause, TimeSpan waitLimit, TimeProvider time)
    : ResilienceStrategy<HttpResponseMessage>
{
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        var waitedUntil = time.GetUtcNow() + waitLimit;
        // A 429 of another request may extend the pause while this one waits, hence the loop.
        while (pause.Remaining is var remaining && remaining > TimeSpan.Zero)
        {
            if (time.GetUtcNow() + remaining > waitedUntil)
            {
                var endpoint = CasaviEndpoints.Of(context.GetRequestMessage());
                return Outcome.FromException<HttpResponseMessage>(new CasaviRateLimitedException(
                    $"casavi {endpoint} was not called: casavi asked the account to pause for longer than the gateway waits.", remaining));
            }

            await Task.Delay(remaining, time, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }

        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited && RetryAfter.Of(limited, time) is { } wait)
            pause.PauseFor(wait);
        return outcome;
    }
}
