using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Filtering;

/// <summary>Every list and connection field of a type with declared <c>QueryableFields</c> takes <c>where</c> and <c>order</c>.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class EveryListIsQueryableTests(GatewayFixture gateway)
{
    [Fact]
    public void Every_list_and_connection_of_a_queryable_type_has_where_and_order()
    {
        var schema = gateway.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var lists = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(type => !type.Name.EndsWith("Connection", StringComparison.Ordinal) && !type.Name.EndsWith("Edge", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Select(field => (Path: $"{type.Name}.{field.Name}", Field: field, Item: ItemSource(field.ResolvedType!))))
            .Where(list => list.Item is not null && IsQueryable(list.Item))
            .ToList();

        Assert.True(lists.Count >= 30, $"only {lists.Count} list fields of queryable types found");
        Assert.Empty(lists.Where(list => list.Field.Arguments?.Find("where") is null || list.Field.Arguments.Find("order") is null).Select(list => list.Path));
    }

    /// <summary>The CLR type of the items of a list or connection, or null for any other field.</summary>
    private static Type? ItemSource(IGraphType type) => Unwrapped(type) switch
    {
        ListGraphType list => SourceOf(Unwrapped(list.ResolvedType!)),
        IObjectGraphType connection when connection.Name.EndsWith("Connection", StringComparison.Ordinal) =>
            SourceOf(Unwrapped(((ListGraphType)Unwrapped(connection.GetField("nodes")!.ResolvedType!)).ResolvedType!)),
        _ => null,
    };

    private static Type? SourceOf(IGraphType type)
    {
        for (var current = type.GetType(); current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
                return current.GetGenericArguments()[0];
        }

        return null;
    }

    private static bool IsQueryable(Type source) => (bool)typeof(QueryableTypes).GetMethod(nameof(QueryableTypes.Has))!.MakeGenericMethod(source).Invoke(null, null)!;

    private static IGraphType Unwrapped(IGraphType type) => type is NonNullGraphType nonNull ? Unwrapped(nonNull.ResolvedType!) : type;
}
