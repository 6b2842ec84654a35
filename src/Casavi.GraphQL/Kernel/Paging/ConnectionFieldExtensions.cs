using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Declares a connection field with the paging arguments every list shares: <c>first</c>/<c>after</c>
    /// forward, <c>last</c>/<c>before</c> backward. Nullable: every connection reads casavi, and a failed
    /// read nulls only this field.
    /// </summary>
    public static FieldBuilder<TSource, object> ConnectionField<TSource, TNodeType>(this ObjectGraphType<TSource> type, string name)
        where TNodeType : IGraphType =>
        type.Field<ConnectionGraphType<TNodeType>>(name)
            .Argument<IntGraphType>("first", $"How many items to return from the start of the window: 0 to {PageRequest.MaxSize}, default {PageRequest.DefaultSize}.")
            .Argument<StringGraphType>("after", "Start the window after this cursor (a `pageInfo.endCursor` or edge `cursor` of this field, with the same `where` and `order`).")
            .Argument<IntGraphType>("last", $"How many items to return from the end of the window instead: 0 to {PageRequest.MaxSize}. Paging backwards reads the whole list, as casavi pages lead forward only.")
            .Argument<StringGraphType>("before", "End the window before this cursor (a `pageInfo.startCursor` or edge `cursor` of this field read with `last`, `before`, `where` or `order`).");
}
