using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Scalars;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Composition;

public sealed class CasaviSchema : global::GraphQL.Types.Schema
{
    public CasaviSchema(IServiceProvider services)
        : base(services)
    {
        Description = "casavi property management as a graph: properties, units, contracts, contacts, tickets and more.";
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeScalar));
        RegisterTypeMapping(typeof(long), typeof(LongScalar));
        Query = services.GetRequiredService<QueryGraphType>();
        var mutation = services.GetRequiredService<MutationGraphType>();
        if (mutation.Fields.Count > 0)
            Mutation = mutation;
        var subscription = services.GetRequiredService<SubscriptionGraphType>();
        if (subscription.Fields.Count > 0)
            Subscription = subscription;

        // Reached only through interfaces, so the schema would not find them by walking fields.
        RegisterType(typeof(Kernel.Mutations.ValidationErrorGraphType));
        RegisterType(typeof(Kernel.Mutations.NotFoundErrorGraphType));
        RegisterType(typeof(Kernel.Mutations.ConflictErrorGraphType));

        // Node types are reached only through the Node interface from node(id:); register them all.
        foreach (var nodeType in services.GetServices<INodeSource>().Select(source => source.GraphType).Distinct())
            RegisterType(nodeType);
    }
}
