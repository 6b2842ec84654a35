using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Posts;

public sealed class PostMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<CreatePostInputGraphType, CreatePostInput>(
                "createPost",
                "Creates a post on a property's board (POST /v2/posts). The input is checked before casavi is called; with your own `id` "
                + "a create whose answer is lost is checked and, if needed, repeated once (see `WriteOutcome`).")
            .Validate((check, input) =>
            {
                check.ReferenceId(input.Id, "id");
                check.Title(input.Title, "title");
                check.Required(input.Text, "text");
                check.Required(input.PropertyId, "propertyId");
            })
            .References(PropertyResource.Kind, "propertyId", input => input.PropertyId)
            .ChoosesId(PostResource.Kind.Name, "id", input => input.Id)
            .WriteRecoverable<IPostsApi, Post>(PostResource.Kind, (posts, input, token) => posts.CreateAsync(input.ToCasavi(), token), (input, post) => input.Describes(post))
            .ReturnsNode<PostGraphType>("post", "The created post");
}
