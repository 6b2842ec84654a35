using System.Text.Json.Serialization;

namespace Casavi.Contract;

/// <summary>One page of a casavi list: up to 25 items and the link to the next page.</summary>
public sealed record Page<T>
{
    public List<T> List { get; init; } = [];

    [JsonPropertyName("_links")]
    public PageLinks? Links { get; init; }
}

/// <summary><c>Next</c> is absent or empty on the last page; it is an opaque cursor (a URL).</summary>
public sealed record PageLinks
{
    public string? Next { get; init; }
}
