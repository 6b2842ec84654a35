using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Posts;

public sealed class PostQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, PostGraphType>("posts")
            .Description("The posts of the account, in casavi's order (GET /v2/posts). For one property's posts with the info-board filter use `Property.posts`.")
            .Argument<IdGraphType>("propertyId", "Only posts shared in the property with this reference ID.")
            .ResolveAsync(async context =>
            {
                var propertyId = context.GetArgument<string?>("propertyId");
                var api = context.Service<IPostsApi>();
                var loader = context.Service<PostByIdLoader>();
                var list = new CasaviList<Post>($"posts?propertyId={propertyId}", token => api.ListAsync(propertyId, token));
                return await context.ResolveListAsync(list, post => loader.Prime(post.Id, post));
            });

        query.ReferenceIdField<PostGraphType, PostByIdLoader, Post>("post", "Post");
    }
}
