using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Posts;

public sealed class PostMutations : IMutationFields
{
    private const int MaxTitleLength = 255;

    public void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<CreatePostInputGraphType, CreatePostPayloadGraphType>("createPost")
            .Description("Creates a post on a property's board (POST /v2/posts). The input is checked before casavi is called; with your own `id` "
                + "a create whose answer is lost is checked and, if needed, repeated once (see `WriteOutcome`).")
            .ResolveAsync(async context => await CreateAsync(context, context.GetInput<CreatePostInput>()));

    private static async Task<CreatePostPayload> CreateAsync(IResolveFieldContext context, CreatePostInput input)
    {
        var check = new InputValidator();
        check.ReferenceId(input.Id, "id");
        check.Required(input.Title, "title");
        check.MaxLength(input.Title, MaxTitleLength, "title");
        check.Required(input.Text, "text");
        if (check.Required(input.PropertyId, "propertyId") && !check.HasErrors)
            await check.RequireExistingAsync(context.Service<ResourceLoader<Property>>(), "Property", "propertyId", [input.PropertyId], isList: false, context.CancellationToken);
        if (check.HasErrors)
            return new CreatePostPayload(null, null, check.Errors);

        var posts = context.Service<IPostsApi>();
        var create = new RecoverableCreate<Post>(
            "Post", input.Id, token => posts.CreateAsync(input.ToCasavi(), token), posts.GetAsync, input.Describes);
        var result = await create.RunAsync(check.Path, context.CancellationToken);
        if (result.Value is { } post)
            context.Service<ResourceLoader<Post>>().Prime(post.Id, post);
        return new CreatePostPayload(result.Value, result.Outcome, result.Error is { } error ? [error] : []);
    }
}
