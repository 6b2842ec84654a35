using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Posts;

public sealed class CreatePostPayloadGraphType : PayloadGraphType<CreatePostPayload>
{
    public CreatePostPayloadGraphType()
        : base("CreatePostPayload", "The result of `createPost`.")
    {
        Field<PostGraphType>("post").Description("The created post; null when `errors` is not empty.").Resolve(context => context.Source.Post);
        Field<WriteOutcomeGraphType>("outcome").Description("How the create reached casavi; null when `errors` is not empty.").Resolve(context => context.Source.Outcome);
    }
}
