using Casavi.Contract.Content;

namespace Casavi.GraphQL.Features.Posts;

/// <summary>The <c>createPost</c> input; mirrors casavi's CreatePost.</summary>
public sealed record CreatePostInput
{
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    public string Text { get; init; } = "";
    public string PropertyId { get; init; } = "";
    public string? AuthorId { get; init; }
    public bool? AllowComments { get; init; }
    public bool? IsImportant { get; init; }
    public bool? ShowOnInfoboard { get; init; }
    public DateTimeOffset? PublishAt { get; init; }

    public CreatePost ToCasavi() => new()
    {
        Id = Id,
        Title = Title,
        Text = Text,
        PropertyId = PropertyId,
        AuthorId = AuthorId,
        AllowComments = AllowComments,
        IsImportant = IsImportant,
        ShowOnInfoboard = ShowOnInfoboard,
        PublishAt = PublishAt,
    };

    /// <summary>Whether a post read back by the reference ID is the one this input describes.</summary>
    public bool Describes(Post post) => post.Title == Title && post.Text == Text && post.PropertyId == PropertyId;
}
