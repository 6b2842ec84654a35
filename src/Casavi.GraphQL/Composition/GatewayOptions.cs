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
}
