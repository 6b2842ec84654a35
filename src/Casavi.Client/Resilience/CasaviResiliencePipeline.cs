using System.Threading.RateLimiting;
using Casavi.Client.Diagnostics;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Casavi.Client.Resilience;

/// <summary>
/// The pipeline of the casavi client, outermost first: total timeout, retry, circuit breaker,
/// concurrency limiter, attempt timeout. The limiter sits inside the retry so a request waiting
/// out a retry delay frees its slot; it queues instead of rejecting (the standard handler queues 0).
/// </summary>
internal static class CasaviResiliencePipeline
{
    public const string Name = "casavi";

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, CasaviClientOptions options, TimeProvider time, CasaviClientMetrics metrics)
    {
        builder.AddTimeout(options.TotalTimeout);

        if (options.Retry.MaxRetryAttempts > 0)
            builder.AddRetry(Retry(options, time));

        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(TransientFailure.Is(args.Outcome)),
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
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options.TotalTimeout, time)),
        MaxRetryAttempts = options.Retry.MaxRetryAttempts,
        Delay = options.Retry.BaseDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        // casavi's Retry-After wins over the backoff; null falls back to the backoff.
        DelayGenerator = args => ValueTask.FromResult(RetryAfter.Of(args.Outcome.Result, time)),
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan totalTimeout, TimeProvider time)
    {
        var method = context.GetRequestMessage()?.Method ?? outcome.Result?.RequestMessage?.Method;
        if (!TransientFailure.IsIdempotent(method) || !TransientFailure.Is(outcome)) return false;

        // A wait casavi asks for that the total timeout could not cover is not started: the caller
        // gets the rate-limit error with Retry-After at once instead of a timeout later.
        return RetryAfter.Of(outcome.Result, time) is not { } wait || wait < totalTimeout;
    }
}
