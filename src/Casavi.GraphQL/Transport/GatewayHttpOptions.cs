namespace Casavi.GraphQL.Transport;

/// <summary>HTTP transport settings, bound from the configuration section "Gateway".</summary>
public sealed class GatewayHttpOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Adds <c>extensions.casavi</c> (upstream calls made) to every response, not only on request.</summary>
    public bool ExposeUpstreamCost { get; set; }

    /// <summary>Larger POST bodies are answered with 413 before any parsing.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Longer query documents are rejected before parsing; real operations stay far below this.</summary>
    public int MaxQueryLength { get; set; } = 100_000;
}
