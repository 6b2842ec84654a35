using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>The <c>where</c> and <c>order</c> of one list field, applied by the gateway to the list it holds whole.</summary>
public sealed class ListQuery<T>
{
    private readonly Func<T, bool> predicate;
    private readonly IComparer<T>? comparer;

    internal ListQuery(Func<T, bool> predicate, IComparer<T>? comparer, string fingerprint)
    {
        this.predicate = predicate;
        this.comparer = comparer;
        Fingerprint = fingerprint;
    }

    /// <summary>Names the conditions and sort keys in cursors: a cursor is accepted only by the same query.</summary>
    public string Fingerprint { get; }

    public IReadOnlyList<T> Apply(IEnumerable<T> items)
    {
        var matching = items.Where(predicate);
        return comparer is null ? [.. matching] : [.. matching.Order(comparer)];
    }
}

public static class ListQuery
{
    /// <summary>The field's query, or null when it has neither <c>where</c> nor <c>order</c>.</summary>
    public static ListQuery<T>? From<T>(IResolveFieldContext context)
    {
        var where = QueryableTypes.WhereOf(context);
        var order = QueryableTypes.OrderOf(context)?.ToList();
        if (where is null && order is not { Count: > 0 })
            return null;
        var fields = context.RequestServices!.GetRequiredService<QueryableFields<T>>();
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { where, order }))))[..16];
        return new ListQuery<T>(
            WhereClause.Predicate(where, fields, context.RequestServices!),
            order is { Count: > 0 } ? OrderClause.ComparerOf(order, fields) : null,
            fingerprint);
    }
}
