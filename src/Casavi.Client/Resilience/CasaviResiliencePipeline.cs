using System.Threading.RateLimiting;
using Casavi.Client.Diagnostics;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Casavi.Client.Resilience;

/// <summary>
/// The pipeline of the casavi client, outermost first: total timeout, retry, shared rate-limit pause,
/// circuit breaker, concurrency limiter, attempt timeout. The limiter sits inside the retry so a request waiting
/// out a retry delay frees its slot; it queues instead of rejecting (the standard handler queues 0).
/// </summary>
internal static class CasaviResiliencePipeline
{
    public const string Name = "casavi";

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, CasaviClientOptions options, TimeProvider time, CasaviClientMetrics metrics, RateLimitPause pause)
    {
        builder.AddTimeout(options.TotalTimeout);

        if (options.Retry.MaxRetryAttempts > 0)
            builder.AddRetry(Retry(options, time));

        builder
            .AddStrategy(_ => new RateLimitPauseStrategy(pause, options.RateLimitWaitLimit, time), new RateLimitPauseOptions())
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                // A 429 says casavi is up and busy: the pause handles it, and opening the breaker would turn it into "unavailable".
                ShouldHandle = args => ValueTask.FromResult(TransientFailure.Is(args.Outcome) && !IsRateLimited(args.Outcome)),
                FailureRatio = options.CircuitBreaker.FailureRatio,
                MinimumThroughput = options.CircuitBreaker.MinimumThroughput,
                SamplingDuration = options.CircuitBreaker.SamplingDuration,
                BreakDuration = options.CircuitBreaker.BreakDuration,
                OnOpened = _ => Report(metrics, CircuitState.Open),
                OnHalfOpened = _ => Report(metrics, CircuitState.HalfOpen),
                OnClosed = _ => Report(metrics, CircuitState.Closed),
            })
            .AddConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = options.MaxConcurrentRequests,
                QueueLimit = options.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            .AddTimeout(options.AttemptTimeout);
    }

    private static ValueTask Report(CasaviClientMetrics metrics, CircuitState state)
    {
        metrics.CircuitChanged(state);
        return ValueTask.CompletedTask;
    }

    private static RetryStrategyOptions<HttpResponseMessage> Retry(CasaviClientOptions options, TimeProvider time) => new()
    {
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options, time)),
        MaxRetryAttempts = options.Retry.MaxRetryAttempts,
        Delay = options.Retry.BaseDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        // casavi's Retry-After wins over the backoff; null falls back to the backoff.
        DelayGenerator = args => ValueTask.FromResult(RetryAfter.Of(args.Outcome.Result, time)),
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, CasaviClientOptions options, TimeProvider time)
    {
        var method = context.GetRequestMessage()?.Method ?? outcome.Result?.RequestMessage?.Method;
        if (!TransientFailure.IsIdempotent(method) || !TransientFailure.Is(outcome)) return false;

        // A wait casavi asks for beyond what the gateway waits (a 429) or beyond the total timeout
        // is not started: the caller gets the error with Retry-After at once instead of a timeout later.
        if (RetryAfter.Of(outcome.Result, time) is not { } wait) return true;
        return IsRateLimited(outcome) ? wait <= options.RateLimitWaitLimit : wait < options.TotalTimeout;
    }

    private static bool IsRateLimited(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode == System.Net.HttpStatusCode.TooManyRequests;

    /// <summary>Polly wants options for every strategy; the pause has none of its own.</summary>
    private sealed class RateLimitPauseOptions : ResilienceStrategyOptions
    {
        public RateLimitPauseOptions() => Name = "RateLimitPause";
    }
}
