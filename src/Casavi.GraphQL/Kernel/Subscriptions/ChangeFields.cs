using Casavi.GraphQL.Kernel.Filtering;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Subscriptions;

public static class ChangeFields
{
    /// <summary>
    /// A subscription field to <paramref name="topic"/>: every change of the caller's account whose entity, read
    /// again, meets the field's <c>where</c> and <paramref name="conditions"/> (built from the arguments once,
    /// at subscribe time) is delivered through the field's selection, nested fields loaded in batches.
    /// </summary>
    public static FieldBuilder<object?, object> ChangeField<TGraphType, T>(
        this ObjectGraphType subscription, string name, ChangeTopic<T> topic, Func<IResolveFieldContext, Func<T, bool>>? conditions = null)
        where TGraphType : IGraphType
        where T : class =>
        subscription.Field<TGraphType>(name)
            .Argument<FilterInputGraphType<T>>("where", "Only changes whose entity, as casavi answers after the change, meets these conditions.")
            .ResolveStream(context =>
            {
                var services = context.RequestServices!;
                var where = WhereClause.Predicate(QueryableTypes.WhereOf(context), services.GetRequiredService<QueryableFields<T>>(), services);
                var more = conditions?.Invoke(context);
                return services.GetRequiredService<ChangeHub>().Stream<T>(context, topic, entity => where(entity) && (more is null || more(entity)));
            });
}
