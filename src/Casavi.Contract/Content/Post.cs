namespace Casavi.Contract.Content;

public sealed record Post
{
    public required string Id { get; init; }
    public long InternalId { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public string? AuthorId { get; init; }
    public string? AuthorName { get; init; }
    public List<Attachment> Attachments { get; init; } = [];
    public required string PropertyId { get; init; }
    public bool? AllowComments { get; init; }
    public bool? IsImportant { get; init; }
    public bool? ShowOnInfoboard { get; init; }
    public DateTimeOffset? PublishAt { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
}

public sealed record Attachment
{
    public long Id { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Type { get; init; }
    public long? Size { get; init; }
    public string? Url { get; init; }
}

/// <summary>Assumed: the body of <c>POST /v2/posts</c>, the writable fields of a post.</summary>
public sealed record CreatePost
{
    public string? Id { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public string? AuthorId { get; init; }
    public required string PropertyId { get; init; }
    public bool? AllowComments { get; init; }
    public bool? IsImportant { get; init; }
    public bool? ShowOnInfoboard { get; init; }
    public DateTimeOffset? PublishAt { get; init; }
}
