using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Posts;

/// <summary>What lists of posts can be filtered and sorted by.</summary>
public sealed class PostFields : QueryableFields<Post>
{
    public PostFields()
        : base("Post", post => post.Id)
    {
        Text("referenceId", post => post.Id, "casavi reference ID of the post.");
        Text("title", post => post.Title, "Title of the post.");
        Text("text", post => post.Text, "The post's text.");
        Text("propertyId", post => post.PropertyId, "casavi reference ID of the property the post is shared in.");
        Text("authorName", post => post.AuthorName, "Name of the author.");
        YesNo("isImportant", post => post.IsImportant, "Whether the post is marked important.");
        YesNo("showOnInfoboard", post => post.ShowOnInfoboard, "Whether the post is shown on info boards.");
        Moment("publishAt", post => post.PublishAt, "When the post is published.");
        Moment("createdAt", post => post.CreatedAt, "When the post was created.");
    }
}
