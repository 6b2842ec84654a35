using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Posts;

/// <summary>casavi's posts: by id and as a list casavi filters by property.</summary>
public sealed class PostResource : CasaviResource<Post, PostGraphType, IPostsApi>
{
    /// <summary>What mutations refer to or write.</summary>
    public static EntityKind<Post> Kind { get; } = EntityKind.Of(new PostResource());

    public PostResource()
        : base("Post", post => post.Id, (api, id, token) => api.GetAsync(id, token), (api, token) => api.ListAsync(null, token))
    {
        ByIdField = "post";
        RootList = PropertyFilteredList.Of<Post, IPostsApi>(
            "posts",
            "The posts of the account, in casavi's order (GET /v2/posts); `propertyId` (as an argument, or as one value in `where`) is passed on to casavi. For one property's posts with the info-board filter use `Property.posts`.",
            "Only posts shared in the property with this reference ID.",
            (api, filter, token) => api.ListAsync(filter.PropertyId, token),
            (where, propertyId) => where.Equal("propertyId", propertyId));
    }
}
