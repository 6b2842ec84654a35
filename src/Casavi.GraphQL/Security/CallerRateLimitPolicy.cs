using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Casavi.GraphQL.Kernel.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Security;

/// <summary>
/// One token bucket per caller (<see cref="CallerBuckets"/>): over it, 429 with <c>Retry-After</c>
/// and a GraphQL-shaped body, before the request is read. Runs after authentication, which names the caller.
/// </summary>
internal sealed class CallerRateLimitPolicy(IOptions<CallerRateLimitSettings> settings, CallerBuckets buckets) : IRateLimiterPolicy<string>
{
    /// <summary>How often a bucket refills by <see cref="CallerRateLimitSettings.PermitsPerSecond"/>.</summary>
    internal static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!settings.Value.IsOn)
            return RateLimitPartition.GetNoLimiter("");
        return RateLimitPartition.Get(CallerKey(httpContext.User, httpContext.Connection.RemoteIpAddress), buckets.Of);
    }

    /// <summary>
    /// API-key clients by name, JWT callers by <c>sub</c>, everyone else by address; the prefixes keep a
    /// client name from sharing a bucket with an equal subject.
    /// </summary>
    internal static string CallerKey(ClaimsPrincipal user, IPAddress? address)
    {
        if (user.Identity is { IsAuthenticated: true } identity)
        {
            if (identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName && user.FindFirst(ClaimTypes.Name)?.Value is { } client)
                return "key:" + client;
            if (user.FindFirst("sub")?.Value is { Length: > 0 } subject)
                return "sub:" + subject;
        }

        // A dual-stack socket reports IPv4 callers as ::ffff:a.b.c.d; one caller, one bucket.
        return "ip:" + (address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address);
    }

    private async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : (int)Period.TotalSeconds;
        var limits = settings.Value;
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Too many requests: each caller may send {limits.PermitsPerSecond} a second (bursts of {limits.Burst}). Retry after {seconds} s.");
        await CallerRefusal.WriteAsync(response, StatusCodes.Status429TooManyRequests, message, ErrorCodes.RateLimited, seconds);
    }
}
