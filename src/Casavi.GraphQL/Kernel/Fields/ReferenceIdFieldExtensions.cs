using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Errors;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Fields;

public static class ReferenceIdFieldExtensions
{
    /// <summary>A root field fetching one entity by casavi reference ID through its loader; missing → null and NOT_FOUND.</summary>
    public static void ReferenceIdField<TGraphType, TLoader, TValue>(this ObjectGraphType query, string name, string entityName)
        where TGraphType : IGraphType
        where TLoader : BatchLoader<string, TValue>
    {
        query.Field<TGraphType>(name)
            .Description($"A {entityName.ToLowerInvariant()} by its casavi reference ID. Null with a NOT_FOUND error when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"casavi reference ID of the {entityName.ToLowerInvariant()}.")
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return context.Service<TLoader>().LoadAsync(id).Then(value => value ?? throw GraphQLErrors.NotFound(entityName, id));
            });
    }
}
