using System.Linq.Expressions;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Properties;

/// <summary>A root connection over a list casavi filters by property (posts, appointments): one <c>propertyId</c> argument.</summary>
public static class PropertyFilteredList
{
    public static RootList<TValue, TApi, ByProperty> Of<TValue, TApi>(
        string name, string description, string argumentDescription, Expression<Func<TApi, ByProperty, CancellationToken, Task<Page<TValue>>>> call)
        where TValue : class
        where TApi : notnull =>
        new(name, description, call, context => new ByProperty(context.GetArgument<string?>("propertyId")))
        {
            Arguments = field => field.Argument<StringGraphType>("propertyId", argumentDescription),
        };
}

/// <summary>The property a list is filtered to; null for every property.</summary>
public sealed record ByProperty(string? PropertyId);
