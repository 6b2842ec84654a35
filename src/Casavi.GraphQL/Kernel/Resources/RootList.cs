using System.Linq.Expressions;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Paging;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>A root connection over a resource's list, as its description declares it.</summary>
public interface IRootList<TValue>
    where TValue : class
{
    string Name { get; }

    string Endpoint { get; }

    void AddTo<TGraphType>(ObjectGraphType query)
        where TGraphType : IGraphType;
}

/// <summary>
/// A root connection named <paramref name="name"/> over casavi's list call, filtered by the typed
/// <typeparamref name="TFilter"/> read from the field's arguments. Every entity it reads primes the
/// resource's loader; its cursors are scoped to the list and the filter values.
/// </summary>
public sealed class RootList<TValue, TApi, TFilter>(
    string name,
    string description,
    Expression<Func<TApi, TFilter, CancellationToken, Task<Page<TValue>>>> call,
    Func<IResolveFieldContext, TFilter> filter) : IRootList<TValue>
    where TValue : class
    where TApi : notnull
{
    private readonly Func<TApi, TFilter, CancellationToken, Task<Page<TValue>>> firstPage = call.Compile();

    public string Name => name;

    public string Endpoint { get; } = CasaviEndpoint.Of(call);

    /// <summary>Declares the filter's arguments on the field.</summary>
    public Action<FieldBuilder<object?, object>>? Arguments { get; init; }

    /// <summary>Moves conditions of <c>where</c> into the typed filter, i.e. into casavi's parameters (<see cref="PushedDown"/>).</summary>
    public Func<TFilter, PushedDown, TFilter>? PushDown { get; init; }

    /// <summary>Shapes each entity for this field (after priming the loader with it as casavi sent it).</summary>
    public Func<IResolveFieldContext, TFilter, TValue, TValue>? Shape { get; init; }

    public void AddTo<TGraphType>(ObjectGraphType query)
        where TGraphType : IGraphType
    {
        var field = query.ConnectionField<object?, TGraphType>(name).Description(description).Reaches(Endpoint).Queryable<object?, object, TValue>();
        Arguments?.Invoke(field);
        var listName = ListScope.NameOf(Endpoint);
        var listPath = Endpoint[(Endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        field.ResolveAsync(async context =>
        {
            var pushedDown = new PushedDown(QueryableTypes.WhereOf(context));
            var values = PushDown is null ? filter(context) : PushDown(filter(context), pushedDown);
            var api = context.Service<TApi>();
            var list = new CasaviList<TValue>(ListScope.Of(listName, values), listPath, token => firstPage(api, values, token));
            var page = await context.ResolveListAsync(list, context.Service<ResourceLoader<TValue>>(), pushedDown.Fields);
            return Shape is null ? page : page.Select([.. page.Nodes.Select(value => Shape(context, values, value))]);
        });
    }
}
