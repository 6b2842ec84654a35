using Casavi.Contract.Content;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Posts;

public sealed class PostGraphType : ObjectGraphType<Post>
{
    public PostGraphType(IEnumerable<ITypeExtension<PostGraphType>> extensions)
    {
        Name = "Post";
        Description = "A post (announcement) shared with the users of a property.";
        this.IsNode(post => post.Id);

        Field("referenceId", post => post.Id).Description("Unique reference ID of the post; casavi generates a UUID when none was given (e.g. 5512-4353).");
        Field(post => post.InternalId).Description("casavi's internal database id.");
        Field(post => post.Title).Description("Title of the post (e.g. Aufzug Reparatur).");
        Field(post => post.Text).Description("Main body text of the post.");
        // casavi calls it only "Reference ID of the author" without saying of which entity (staff member or contact), so it is not resolved to an object.
        Field("authorReferenceId", post => post.AuthorId, nullable: true).Description("Reference ID of the author, as casavi gives it (casavi does not say whether it names a staff member or a contact).");
        Field(post => post.AuthorName, nullable: true).Description("Name of the author.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentGraphType>>>>("attachments")
            .Description("The files attached to the post.")
            .Resolve(context => context.Source.Attachments);
        Field("propertyReferenceId", post => post.PropertyId).Description("Reference ID of the property where the post is shared.");
        this.ReferenceField<Post, PropertyGraphType, Property>("property", post => post.PropertyId)
            .Description("The property where the post is shared.");
        Field(post => post.AllowComments, nullable: true).Description("Whether comments are allowed on this post.");
        Field(post => post.IsImportant, nullable: true).Description("If set, not only casavi users but also unregistered contacts with an e-mail address are notified by e-mail.");
        Field(post => post.ShowOnInfoboard, nullable: true).Description("Whether the post is shown on connected MyBoards (info boards).");
        Field(post => post.PublishAt, nullable: true).Description("When the post is (or was) published.");
        Field(post => post.CreatedAt, nullable: true).Description("When the post was created.");

        this.ApplyExtensions(extensions);
    }
}
