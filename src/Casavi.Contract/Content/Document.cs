using System.ComponentModel;
using System.Runtime.Serialization;

namespace Casavi.Contract.Content;

public sealed record Document
{
    public required string Id { get; init; }
    public long InternalId { get; init; }
    public required string Title { get; init; }
    public string? Type { get; init; }
    public List<DocumentShare> SharedWith { get; init; } = [];
    public string? Resource { get; init; }
    public long? FileSize { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public int? DownloadCount { get; init; }
    public DateTimeOffset? FirstDownloadAt { get; init; }
}

/// <summary>Who a document is shared with: a property, or (with <c>UnitId</c>, assumed) one unit of it.</summary>
public sealed record DocumentShare
{
    public DocumentShareTarget With { get; init; }
    public required string PropertyId { get; init; }
    public string? UnitId { get; init; }
    public List<string> Roles { get; init; } = [];
}

public enum DocumentShareTarget
{
    [Description("A value casavi added after this gateway was built.")] Unknown,
    [Description("Shared with the contacts of one unit.")] [EnumMember(Value = "unit")] Unit,
    [Description("Shared with the whole property.")] [EnumMember(Value = "property")] Property,
}

/// <summary>Assumed shape: the excerpt lists <c>GET /v2/documents/types</c> without a schema.</summary>
public sealed record DocumentType
{
    public required string Id { get; init; }
    public required string Name { get; init; }
}
