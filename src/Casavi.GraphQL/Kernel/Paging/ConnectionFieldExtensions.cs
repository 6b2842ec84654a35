using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Declares a forward-paged connection field with the <c>first</c>/<c>after</c> arguments every list shares.
    /// Nullable: every connection reads casavi, and a failed read nulls only this field.
    /// </summary>
    public static FieldBuilder<TSource, object> ConnectionField<TSource, TNodeType>(this ObjectGraphType<TSource> type, string name)
        where TNodeType : IGraphType =>
        type.Field<ConnectionGraphType<TNodeType>>(name)
            .Argument<IntGraphType>("first", $"How many items to return: 0 to {PageRequest.MaxSize}, default {PageRequest.DefaultSize}.")
            .Argument<StringGraphType>("after", "Continue after this cursor (a `pageInfo.endCursor` or edge `cursor` this field returned). Paging is forward only: casavi pages are followed through opaque next links, so `last`/`before` are not offered.");
}
