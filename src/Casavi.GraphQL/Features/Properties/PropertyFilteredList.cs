using System.Linq.Expressions;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Properties;

/// <summary>
/// A root connection over a list casavi filters by property (posts, appointments): one <c>propertyId</c> argument,
/// also taken from <c>where</c> by <c>pushDown</c> (the argument's value, if any, and the conditions → the property).
/// </summary>
public static class PropertyFilteredList
{
    public static RootList<TValue, TApi, ByProperty> Of<TValue, TApi>(
        string name,
        string description,
        string argumentDescription,
        Expression<Func<TApi, ByProperty, CancellationToken, Task<Page<TValue>>>> call,
        Func<PushedDown, string?, string?> pushDown)
        where TValue : class
        where TApi : notnull =>
        new(name, description, call, context => new ByProperty(context.GetArgument<string?>("propertyId")))
        {
            PushDown = (filter, where) => new ByProperty(pushDown(where, filter.PropertyId)),
            Arguments = field => field.Argument<StringGraphType>("propertyId", argumentDescription),
        };
}

/// <summary>The property a list is filtered to; null for every property.</summary>
public sealed record ByProperty(string? PropertyId);
