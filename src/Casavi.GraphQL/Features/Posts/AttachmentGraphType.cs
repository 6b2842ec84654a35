using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Posts;

public sealed class AttachmentGraphType : ObjectGraphType<Attachment>
{
    public AttachmentGraphType()
    {
        Name = "Attachment";
        Description = "A file attached to a post.";
        Field("internalId", attachment => attachment.Id).Description("casavi's internal database id of the attachment.");
        Field(attachment => attachment.Name, nullable: true).Description("File name with extension (e.g. example.pdf).");
        Field(attachment => attachment.Title, nullable: true).Description("Display title of the attachment, mostly the same as the name.");
        Field("mimeType", attachment => attachment.Type, nullable: true).Description("MIME type of the file (e.g. application/pdf).");
        Field(attachment => attachment.Size, nullable: true).Description("File size in bytes.");
        Field<UrlScalar>("url")
            .Description("Temporary link to the file; fetch it soon after reading, it expires.")
            .Resolve(context => context.Source.Url);
    }
}
