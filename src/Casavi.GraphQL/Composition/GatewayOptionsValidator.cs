using Casavi.Client;
using Casavi.GraphQL.Kernel.Settings;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Composition;

/// <summary>Checks the "Gateway" section at start; each message names the setting and the expected form.</summary>
internal sealed class GatewayOptionsValidator(IOptions<CasaviClientOptions> casavi) : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var check = new SettingChecks();
        check.Require(options.MaxRequestBodyBytes > 0, "Gateway:MaxRequestBodyBytes must be a positive number of bytes.");
        check.Require(options.MaxQueryLength > 0, "Gateway:MaxQueryLength must be a positive number of characters.");
        check.Require(options.MaxQueryDepth > 0, "Gateway:MaxQueryDepth must be a positive number of levels.");
        check.Require(options.MaxFields > 0, "Gateway:MaxFields must be a positive number of fields.");
        check.Require(options.MaxAliases >= 0, "Gateway:MaxAliases must not be negative.");
        check.Require(options.MaxFieldRepeats > 0, "Gateway:MaxFieldRepeats must be a positive number of fields.");
        check.Require(options.MaxFragments >= 0, "Gateway:MaxFragments must not be negative.");
        check.Require(options.MaxUpstreamRequests > 0, "Gateway:MaxUpstreamRequests must be a positive number of requests.");
        check.Require(options.MaxEstimatedResultItems > 0, "Gateway:MaxEstimatedResultItems must be a positive number of values.");
        check.Require(options.Subscriptions.ConnectionInitTimeout > TimeSpan.Zero, "Gateway:Subscriptions:ConnectionInitTimeout must be positive.");
        check.Require(options.Subscriptions.MaxSubscriptionsPerConnection > 0, "Gateway:Subscriptions:MaxSubscriptionsPerConnection must be a positive number.");
        check.Require(options.Subscriptions.QueueCapacity > 0, "Gateway:Subscriptions:QueueCapacity must be a positive number of messages.");
        check.Require(options.Subscriptions.KeepAliveInterval >= TimeSpan.Zero, "Gateway:Subscriptions:KeepAliveInterval must not be negative (0 turns pings off).");
        check.Require(options.MaxUpstreamRequestsPerOperation > 0, "Gateway:MaxUpstreamRequestsPerOperation must be a positive number of requests.");
        check.Require(options.MaxResponseBytes > 0, "Gateway:MaxResponseBytes must be a positive number of bytes.");
        check.Require(options.ExecutionTimeout > TimeSpan.Zero, "Gateway:ExecutionTimeout must be positive.");
        check.Require(
            casavi.Value.TotalTimeout < options.ExecutionTimeout,
            "Casavi:TotalTimeout must be shorter than Gateway:ExecutionTimeout, so a casavi call fails with its own error before the request's deadline.");
        check.Require(options.Batching.ByIdMaxKeys >= 0, "Gateway:Batching:ByIdMaxKeys must not be negative.");
        check.Require(options.PersistedQueries.Expiration > TimeSpan.Zero, "Gateway:PersistedQueries:Expiration must be positive.");
        check.Require(options.RequestLog.MaxLinesPerSecond >= 0, "Gateway:RequestLog:MaxLinesPerSecond must not be negative (0 writes every line).");
        check.Require(
            options.Cors.AllowedOrigins.All(IsOrigin),
            "Gateway:Cors:AllowedOrigins must list origins such as https://app.example.com (scheme, host, optional port; no path or trailing slash), or *.");
        return check.Result;
    }

    /// <summary>An origin is a scheme, a host and an optional port: nothing else.</summary>
    private static bool IsOrigin(string origin) =>
        origin == "*"
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.PathAndQuery == "/"
            && !origin.EndsWith('/')
            && string.IsNullOrEmpty(uri.UserInfo));
}
