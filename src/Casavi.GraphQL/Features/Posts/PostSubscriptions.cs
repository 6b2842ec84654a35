using Casavi.Contract.Content;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Subscriptions;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Posts;

/// <summary><c>postPublished</c>: posts as casavi reports them created.</summary>
public sealed class PostSubscriptions : ISubscriptionFields
{
    private static readonly ChangeTopic<Post> Created = new(RestHookEvents.PostCreated);

    public void AddTo(ObjectGraphType subscription) =>
        subscription.ChangeField<PostGraphType, Post>("postPublished", Created, OfProperty)
            .Description("A post published in casavi, for an infoboard. Null with an error when casavi could not be read after the event.")
            .Argument<StringGraphType>("propertyId", "Only posts of the property with this casavi reference ID.");

    private static Func<Post, bool> OfProperty(IResolveFieldContext context) =>
        context.GetArgument<string?>("propertyId") is { } propertyId ? post => post.PropertyId == propertyId : _ => true;
}
