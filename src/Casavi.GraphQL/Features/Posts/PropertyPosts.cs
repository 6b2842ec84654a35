using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Posts;

/// <summary>Adds <c>Property.posts</c> over casavi's per-property list, the only one with the info-board filter.</summary>
public sealed class PropertyPosts : ITypeExtension<PropertyGraphType>
{
    public void Extend(PropertyGraphType type) =>
        type.ConnectionField<Property, PostGraphType>("posts")
            .Queryable<Property, object, Post>()
            .Reaches<Property, object, IPropertiesApi>(nameof(IPropertiesApi.ListPostsAsync))
            .Description("The posts shared in this property (GET /v2/properties/{id}/posts). Cost: one casavi request per property "
                + "and page, because casavi lists posts per property; when many properties ask at once those requests run concurrently "
                + "(one wave, bounded by the gateway's casavi concurrency), not one after another.")
            .Argument<BooleanGraphType>("showOnInfoboard", "When set, only posts that are (true) or are not (false) shown on the info board; one value in `where` is passed on to casavi the same way.")
            .ResolveAsync(async context =>
            {
                var property = context.Source;
                var pushedDown = new PushedDown(QueryableTypes.WhereOf(context));
                var showOnInfoboard = pushedDown.Equal("showOnInfoboard", context.GetArgument<bool?>("showOnInfoboard"));
                var api = context.Service<IPropertiesApi>();
                var loader = context.Service<ResourceLoader<Post>>();
                var list = new CasaviList<Post>(
                    ListScope.Of($"properties/{property.Id}/posts", new PostFilter(showOnInfoboard)),
                    $"/v2/properties/{Uri.EscapeDataString(property.Id)}/posts",
                    token => api.ListPostsAsync(property.Id, showOnInfoboard, token));
                return await context.ResolveListAsync(list, loader, pushedDown.Fields);
            });
}

/// <summary>The info-board filter of a property's post list, for its cursor scope.</summary>
internal sealed record PostFilter(bool? ShowOnInfoboard);
