using Casavi.Client.Errors;
using GraphQL;

namespace Casavi.GraphQL.Kernel.Errors;

/// <summary>GraphQL errors with the stable codes of <see cref="ErrorCodes"/>: from casavi's failures and from the gateway's own checks, with no internals.</summary>
public static class GraphQLErrors
{
    /// <summary>
    /// casavi's failures in the gateway's words: never the exception's message, which names casavi's
    /// endpoint, host and port or the contract's .NET types. Anything else is an <see cref="UnexpectedError"/>.
    /// </summary>
    public static ExecutionError FromException(Exception exception) => exception switch
    {
        UnexpectedError unexpected => new UnexpectedError(unexpected.Cause),
        ExecutionError error => Copy(error),
        CasaviNotFoundException notFound => Coded($"{UpstreamWords(notFound)}.", ErrorCodes.NotFound),
        CasaviInvalidInputException invalid => Coded($"{UpstreamWords(invalid)}.", ErrorCodes.BadUserInput),
        CasaviUnauthorizedException => Coded("casavi rejected the gateway's credentials.", ErrorCodes.UpstreamUnauthorized),
        CasaviRateLimitedException limited => RateLimited(limited),
        CasaviUnavailableException unavailable => Coded($"{UpstreamWords(unavailable)}; try again later.", ErrorCodes.UpstreamUnavailable),
        CasaviBudgetExceededException spent => Coded(
            $"The operation has used its {spent.MaxRequests} casavi requests (Gateway:MaxUpstreamRequestsPerOperation); this field was not resolved.",
            ErrorCodes.UpstreamBudgetExceeded),
        CasaviApiException other => Coded($"{UpstreamWords(other)}.", ErrorCodes.UpstreamError),
        _ => new UnexpectedError(exception),
    };

    /// <summary>What went wrong with a casavi call, e.g. "casavi answered 503 Service Unavailable", without endpoint or host.</summary>
    public static string UpstreamWords(Exception exception) =>
        exception is CasaviApiException { Reason: { } reason } ? $"casavi {reason}" : "the call to casavi failed";

    /// <summary>The parser's nesting limit: deeper selection sets, lists or input objects are refused before anything runs.</summary>
    public static ExecutionError QueryTooDeep() =>
        Coded("The query document is nested too deeply (selection sets, lists or input objects); it was not run.", ErrorCodes.QueryTooDeep);

    public static ExecutionError SubscriptionNeedsStream() => Coded(
        "A subscription is answered as a stream: open a WebSocket (graphql-transport-ws) or send Accept: text/event-stream (Server-Sent Events).",
        ErrorCodes.SubscriptionNeedsStream);

    public static ExecutionError NotFound(string entity, string id) =>
        Coded($"{entity} '{id}' was not found.", ErrorCodes.NotFound);

    public static ExecutionError BadUserInput(string message) => Coded(message, ErrorCodes.BadUserInput);

    public static ExecutionError Forbidden(string field, string scope)
    {
        var error = Coded($"'{field}' needs the scope {scope}, which the caller's credentials do not grant.", ErrorCodes.Forbidden);
        error.Extensions!["requiredScope"] = scope;
        return error;
    }

    public static ExecutionError ResponseTooLarge(long maxBytes) =>
        Coded($"The response would be larger than {maxBytes} bytes (Gateway:MaxResponseBytes); ask for fewer fields or smaller pages.", ErrorCodes.ResponseTooLarge);

    public static ExecutionError Timeout() =>
        Coded("The request's time ran out before this field was resolved.", ErrorCodes.Timeout);

    private static ExecutionError RateLimited(CasaviRateLimitedException limited)
    {
        var error = Coded("casavi is rate limiting the gateway; try again later.", ErrorCodes.UpstreamRateLimited);
        if (limited.RetryAfter is { } retryAfter)
            error.Extensions!["retryAfterSeconds"] = (int)Math.Ceiling(retryAfter.TotalSeconds);
        return error;
    }

    private static ExecutionError Copy(ExecutionError error)
    {
        var copy = new ExecutionError(error.Message) { Code = error.Code };
        if (error.Extensions is not null)
            copy.Extensions = new Dictionary<string, object?>(error.Extensions);
        return copy;
    }

    private static ExecutionError Coded(string message, string code) =>
        new(message) { Code = code, Extensions = new Dictionary<string, object?>() };
}
