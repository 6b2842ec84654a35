using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Posts;

public sealed class CreatePostInputGraphType : InputObjectGraphType<CreatePostInput>
{
    public CreatePostInputGraphType()
    {
        Name = "CreatePostInput";
        Description = "A new post for a property's board.";
        this.ChosenReferenceId(input => input.Id, "post");
        Field(input => input.Title).Description($"Title of the post, at most {TextRules.MaxTitleLength} characters.");
        Field(input => input.Text).Description("Main body text of the post.");
        Field(input => input.PropertyId).Description("Reference ID of the property where the post is shared; it must exist.");
        Field(input => input.AuthorId, nullable: true).Description("Reference ID of the author.");
        Field(input => input.AllowComments, nullable: true).Description("Whether comments are allowed.");
        Field(input => input.IsImportant, nullable: true).Description("If set, unregistered contacts with an e-mail address are notified by e-mail too.");
        Field(input => input.ShowOnInfoboard, nullable: true).Description("Whether the post is shown on connected MyBoards (info boards).");
        Field(input => input.PublishAt, nullable: true).Description("When the post is published; now when left out.");
    }
}
