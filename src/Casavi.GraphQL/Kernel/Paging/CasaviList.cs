using Casavi.Contract;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>
/// A casavi list endpoint with its filters bound: <paramref name="Scope"/> identifies list and
/// filters (it is written into cursors), <paramref name="Path"/> is the path casavi lists it at
/// (e.g. /v2/units; a cursor's page link must name it), <paramref name="FirstPage"/> fetches page one.
/// </summary>
public sealed record CasaviList<T>(string Scope, string Path, Func<CancellationToken, Task<Page<T>>> FirstPage);
