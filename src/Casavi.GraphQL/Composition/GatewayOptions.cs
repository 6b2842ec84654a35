using Casavi.GraphQL.Features.RestHooks;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Composition;

/// <summary>Every setting of the configuration section "Gateway", validated together at start (<see cref="GatewayOptionsValidator"/>).</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Adds <c>extensions.casavi</c> (upstream calls made) to every response, not only on request.</summary>
    public bool ExposeUpstreamCost { get; set; }

    /// <summary>Larger POST bodies are answered with 413 before any parsing.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Longer query documents are rejected before parsing; real operations stay far below this.</summary>
    public int MaxQueryLength { get; set; } = 100_000;

    /// <summary>Leaves room for introspection (about 13 levels) and for queries four entities deep through connections.</summary>
    public int MaxQueryDepth { get; set; } = 20;

    /// <summary>
    /// Fields per document, each fragment counted per spread; checked before validation, whose cost
    /// grows with the square of a selection set's fields. The largest test and README queries use under 100.
    /// </summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Aliased fields per document (counted like <see cref="MaxFields"/>): aliases are how one request repeats a costly field.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>
    /// Fields sharing one response path in an operation, fragments expanded (<see cref="Kernel.Cost.FieldRepeats"/>):
    /// validation compares every two of them. Fragments and inline fragments on several types repeat
    /// <c>id</c> or <c>__typename</c> a few times; the README's queries repeat nothing.
    /// </summary>
    public int MaxFieldRepeats { get; set; } = 20;

    /// <summary>Fragment definitions per document: validation compares every two fragments spread together, looking each up by a linear search.</summary>
    public int MaxFragments { get; set; } = 50;

    /// <summary>casavi requests an operation is estimated to make at most (Kernel/Cost/OperationCost); the README's nested examples estimate under 150.</summary>
    public int MaxUpstreamRequests { get; set; } = 300;

    /// <summary>
    /// Values an operation's result is estimated to hold at most; bounds the memory one response takes
    /// (some 1 KB per value while it is built). The README's nested query with first: 50 estimates 109,000.
    /// </summary>
    public int MaxEstimatedResultItems { get; set; } = 250_000;

    /// <summary>
    /// casavi requests one operation may really send (retries and replays included, sign-ins not); then its
    /// remaining fields fail with <c>UPSTREAM_BUDGET_EXCEEDED</c>. Above <see cref="MaxUpstreamRequests"/>:
    /// it catches what the estimate misjudged (lists longer than their hints, retries), not what it allowed.
    /// </summary>
    public int MaxUpstreamRequestsPerOperation { get; set; } = 500;

    /// <summary>
    /// Larger responses are replaced by <c>RESPONSE_TOO_LARGE</c>; a response is serialized into a buffer
    /// of at most this size before the first byte is sent.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Deadline of one GraphQL request; fields not resolved by then answer <c>TIMEOUT</c>. Longer than
    /// <c>Casavi:TotalTimeout</c>, so a casavi call ends with its own error first.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Answers <c>__schema</c>/<c>__type</c>; by default only in Development (set in <see cref="GraphServiceCollectionExtensions"/>).</summary>
    public bool Introspection { get; set; }

    /// <summary>Serves Banana Cake Pop to browsers on the endpoint; by default only in Development.</summary>
    public bool Ide { get; set; }

    /// <summary>
    /// Base64 of at least 32 random bytes that sign connection cursors; every replica needs the same.
    /// Required unless in Development or on the embedded sandbox, where each process makes its own.
    /// </summary>
    public string? CursorSigningKey { get; set; }

    /// <summary>Section "Gateway:RestHooks".</summary>
    public RestHookOptions RestHooks { get; set; } = new();

    /// <summary>Section "Gateway:Batching".</summary>
    public BatchingOptions Batching { get; set; } = new();

    /// <summary>Section "Gateway:RequestLog".</summary>
    public RequestLogSettings RequestLog { get; set; } = new();

    /// <summary>Section "Gateway:Cors".</summary>
    public CorsSettings Cors { get; set; } = new();

    /// <summary>Section "Gateway:PersistedQueries".</summary>
    public PersistedQuerySettings PersistedQueries { get; set; } = new();

    /// <summary>Section "Gateway:TrustedDocuments".</summary>
    public TrustedDocumentSettings TrustedDocuments { get; set; } = new();

    /// <summary>Section "Gateway:Subscriptions".</summary>
    public SubscriptionSettings Subscriptions { get; set; } = new();

    /// <summary>The one log line per GraphQL request.</summary>
    public sealed class RequestLogSettings
    {
        /// <summary>
        /// Request lines written per second at most; beyond it, one line per second counts those left out
        /// by error codes. Bounds the log under a flood (a casavi outage answers thousands of requests a
        /// second). 0 writes every line.
        /// </summary>
        public int MaxLinesPerSecond { get; set; } = 50;
    }

    /// <summary>Which browser origins may call the gateway; none by default.</summary>
    public sealed class CorsSettings
    {
        /// <summary>Origins such as https://app.example.com, or "*" for any origin.</summary>
        public IList<string> AllowedOrigins { get; } = [];
    }

    /// <summary>Automatic persisted queries: documents registered by clients with their SHA-256.</summary>
    public sealed class PersistedQuerySettings
    {
        /// <summary>How long a registered document is kept (in the cache, shared through Redis when configured).</summary>
        public TimeSpan Expiration { get; set; } = TimeSpan.FromDays(1);
    }

    /// <summary>The manifest of operations the frontends ship, by SHA-256.</summary>
    public sealed class TrustedDocumentSettings
    {
        /// <summary>A manifest file, or a directory whose *.json files are all read.</summary>
        public string? Path { get; set; }

        public TrustedDocumentMode Mode { get; set; }
    }

    /// <summary>Subscriptions over graphql-transport-ws and Server-Sent Events.</summary>
    public sealed class SubscriptionSettings
    {
        /// <summary>A WebSocket without <c>connection_init</c> this long after it opened is closed (4408).</summary>
        public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Subscriptions one WebSocket may hold at once; one more is refused with an error for it (the others continue).</summary>
        public int MaxSubscriptionsPerConnection { get; set; } = 25;

        /// <summary>Messages waiting to be sent to one connection; a client that lets more pile up is disconnected, so it slows down nobody else.</summary>
        public int QueueCapacity { get; set; } = 100;

        /// <summary>How often an idle WebSocket is pinged (WebSocket ping frames), so proxies keep it open and dead peers are noticed.</summary>
        public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
    }
}
