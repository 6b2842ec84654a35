namespace Casavi.GraphQL.Kernel.Errors;

/// <summary>
/// Every <c>extensions.code</c> the gateway itself emits. Besides these, GraphQL.NET's parser and
/// validation rules report their own codes (e.g. <c>SYNTAX_ERROR</c>, <c>FIELDS_ON_CORRECT_TYPE</c>,
/// <c>COMPLEXITY</c> for the depth limit). Mutations report user errors as data, without codes.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The entity asked for does not exist (casavi's 404, or an unknown global ID).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>An argument is malformed, or casavi refused the input.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>casavi refused the gateway's key and secret.</summary>
    public const string UpstreamUnauthorized = "UPSTREAM_UNAUTHORIZED";

    /// <summary>casavi is rate limiting the gateway; <c>extensions.retryAfterSeconds</c> says for how long when casavi does.</summary>
    public const string UpstreamRateLimited = "UPSTREAM_RATE_LIMITED";

    /// <summary>casavi did not answer usefully: 5xx, a timeout, unreachable, or the circuit breaker is open.</summary>
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";

    /// <summary>casavi answered with a status the gateway has no better code for.</summary>
    public const string UpstreamError = "UPSTREAM_ERROR";

    /// <summary>HTTP 401: the request brought no credentials, or ones the gateway does not accept; nothing of it was read.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller's credentials lack the scope this root field needs (<c>extensions.requiredScope</c>); the request's other fields are kept.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>
    /// HTTP 429: the caller sent more than <c>Gateway:RateLimit</c> allows; nothing of the request was read.
    /// <c>extensions.retryAfterSeconds</c> and the <c>Retry-After</c> header say when to try again.
    /// </summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>An introspection query while <c>Gateway:Introspection</c> is off (the default outside Development).</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The field did not finish within <c>Gateway:ExecutionTimeout</c>; fields resolved before it keep their data.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>
    /// The operation has sent its <c>Gateway:MaxUpstreamRequestsPerOperation</c> casavi requests; fields that
    /// needed more end with this error, fields resolved before keep their data.
    /// </summary>
    public const string UpstreamBudgetExceeded = "UPSTREAM_BUDGET_EXCEEDED";

    /// <summary>The response would be larger than <c>Gateway:MaxResponseBytes</c>; it is answered with <c>data: null</c> and this error instead.</summary>
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";

    /// <summary>A failure of the gateway itself; the message hides its details and <c>extensions.traceId</c> finds it in the log.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The document nests selection sets, lists or input objects deeper than the parser allows; nothing ran.</summary>
    public const string QueryTooDeep = "QUERY_TOO_DEEP";

    /// <summary>A <c>subscription</c> sent as a plain HTTP request: it needs a WebSocket or Server-Sent Events.</summary>
    public const string SubscriptionNeedsStream = "SUBSCRIPTION_NEEDS_STREAM";

    /// <summary>The HTTP request is not a GraphQL request (bad JSON, no query, bad variables).</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>The query document is longer than <c>Gateway:MaxQueryLength</c> (400).</summary>
    public const string QueryTooLong = "QUERY_TOO_LONG";

    /// <summary>The body is larger than <c>Gateway:MaxRequestBodyBytes</c> (413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The body is not <c>application/json</c> in UTF-8 (415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The Accept header names neither JSON media type (406).</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>A method other than GET or POST, or a mutation over GET (405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>
    /// The document exceeds a cost limit (fields, aliases, estimated casavi requests or result items,
    /// <c>Gateway:Max…</c>); refused before validation and execution, like a validation error.
    /// </summary>
    public const string CostLimit = "COST_LIMIT";

    /// <summary>
    /// A request named its document only by hash and the gateway does not know it (HTTP 200, message
    /// <c>PersistedQueryNotFound</c>, as Apollo clients expect): send the document with the hash.
    /// </summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary><c>extensions.persistedQuery.sha256Hash</c> is not the SHA-256 of the query sent with it; nothing was stored or run.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary><c>Gateway:TrustedDocuments:Mode</c> is <c>Only</c> and the document is not in the manifest; refused before parsing.</summary>
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
}
