using System.Collections.Concurrent;
using GraphQL;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>The lists one request filtered or sorted itself, for <c>extensions.casavi.filtering</c>.</summary>
public sealed class FilteringReport
{
    private readonly ConcurrentQueue<FilteredList> lists = new();

    public IReadOnlyCollection<FilteredList> Lists => lists;

    public void Add(IEnumerable<object> path, IReadOnlyList<string> pushedDown, int scanned, int matched) =>
        lists.Enqueue(new FilteredList(string.Join('.', path), pushedDown, scanned, matched));
}

/// <param name="Path">The field, e.g. "tickets" or "property.tickets".</param>
/// <param name="PushedDown">The <c>where</c> fields casavi applied as parameters.</param>
/// <param name="Scanned">How many items the gateway checked.</param>
/// <param name="Matched">How many met the conditions.</param>
public sealed record FilteredList(string Path, IReadOnlyList<string> PushedDown, int Scanned, int Matched);
