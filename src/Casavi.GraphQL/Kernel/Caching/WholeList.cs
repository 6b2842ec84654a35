using Casavi.Contract;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>
/// A casavi list read whole: <paramref name="Key"/> names it with its filters (e.g. "tickets?status=Open"),
/// <paramref name="FirstPage"/> fetches page one, <paramref name="ChangedSince"/> fetches the items
/// modified after a moment (casavi's <c>modifiedAfter</c>; null when the list has no such filter or
/// is filtered by something an item can stop matching, which only a whole read would show).
/// </summary>
public sealed record WholeList<T>(
    string Key,
    Func<CancellationToken, Task<Page<T>>> FirstPage,
    Func<DateTimeOffset, CancellationToken, Task<Page<T>>>? ChangedSince,
    Func<T, string> KeyOf);
