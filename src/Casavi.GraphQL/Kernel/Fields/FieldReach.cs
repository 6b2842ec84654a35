using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Fields;

/// <summary>
/// Which casavi endpoints a field reaches, kept as field metadata: an endpoint named directly, or
/// every endpoint of a resource whose loader the field uses. Read by the endpoint map.
/// </summary>
public sealed record FieldReach(string? Endpoint, Type? Resource)
{
    public const string MetadataKey = "casavi.reaches";

    /// <summary>The reaches declared on <paramref name="field"/>.</summary>
    public static IReadOnlyList<FieldReach> Of(FieldType field) => field.GetMetadata<List<FieldReach>>(MetadataKey) ?? [];

    public static void Add(FieldType field, FieldReach reach)
    {
        var reaches = field.GetMetadata<List<FieldReach>>(MetadataKey);
        if (reaches is null)
            field.WithMetadata(MetadataKey, reaches = []);
        reaches.Add(reach);
    }
}

/// <summary>
/// Declares what a field reaches. Such a field is nullable: when its casavi call fails, it alone is
/// null (with an error saying why) and the rest of the response keeps its data, instead of the
/// failure spreading to the nearest nullable ancestor, often <c>data</c> itself.
/// </summary>
public static class FieldReachExtensions
{
    /// <summary>Declares that the field calls <typeparamref name="TApi"/>'s <paramref name="method"/> (its Refit route names the endpoint).</summary>
    public static FieldBuilder<TSource, TReturn> Reaches<TSource, TReturn, TApi>(this FieldBuilder<TSource, TReturn> field, string method) =>
        field.Declare(new FieldReach(CasaviEndpoint.Of<TApi>(method), null));

    /// <summary>Declares that the field loads <typeparamref name="TValue"/> entities through their resource's loader.</summary>
    public static FieldBuilder<TSource, TReturn> ReachesResource<TSource, TReturn, TValue>(this FieldBuilder<TSource, TReturn> field)
        where TValue : class =>
        field.Declare(new FieldReach(null, typeof(TValue)));

    /// <summary>Declares an endpoint reached by a field that calls casavi directly.</summary>
    public static FieldBuilder<TSource, TReturn> Reaches<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string endpoint) =>
        field.Declare(new FieldReach(endpoint, null));

    private static FieldBuilder<TSource, TReturn> Declare<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, FieldReach reach)
    {
        if (field.FieldType.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>))
            throw new InvalidOperationException($"Field '{field.FieldType.Name}' calls casavi, so it must be nullable: a failed call then nulls only this field.");
        FieldReach.Add(field.FieldType, reach);
        return field;
    }
}
