using Casavi.Client.Errors;
using Casavi.Client.Paging;
using Casavi.Contract;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>The pages one walk has requested, by ordinal (1 is the first), and how many requests it made.</summary>
internal sealed class PageRequests<T>(ICasaviPager pager, Func<CancellationToken, Task<Page<T>>> firstPage, CancellationToken cancellationToken)
{
    private readonly Dictionary<int, Task<Page<T>>> requests = [];
    private readonly List<Task<Page<T>>> discarded = [];

    /// <summary>Requests made, pages fetched by link included.</summary>
    public int Count { get; private set; }

    public bool Contains(int ordinal) => requests.ContainsKey(ordinal);

    /// <summary>Requests a page: the first by casavi's list call, the others by the link <paramref name="pattern"/> makes.</summary>
    public void Request(int ordinal, PageLinkPattern pattern)
    {
        Count++;
        requests[ordinal] = ordinal == 1 ? firstPage(cancellationToken) : pager.GetPageAsync<T>(pattern.LinkTo(ordinal), cancellationToken);
    }

    /// <summary>The first page: the one requested already when it succeeded, else by casavi's list call.</summary>
    public async Task<Page<T>> FirstAsync() => await SettledAsync(1) ?? await Counted(firstPage(cancellationToken));

    /// <summary>A page by the link casavi gave.</summary>
    public Task<Page<T>> FollowAsync(string link) => Counted(pager.GetPageAsync<T>(link, cancellationToken));

    /// <summary>A page requested by number, or, when that failed, asked again by the link casavi gave, so a real error surfaces as casavi's.</summary>
    public async Task<Page<T>> ReadAsync(int ordinal, string link) => await SettledAsync(ordinal) ?? await FollowAsync(link);

    /// <summary>A page requested out of link order, once answered (null when its request failed), recording what it says of the list's length.</summary>
    public async Task<Page<T>?> ReadOutOfOrderAsync(int ordinal, PageFrontier frontier)
    {
        var page = await SettledAsync(ordinal);
        Learn(frontier, ordinal, requests[ordinal]);
        return page;
    }

    /// <summary>The requested page once answered, or null when its request failed or was never made.</summary>
    private async Task<Page<T>?> SettledAsync(int ordinal)
    {
        if (!requests.TryGetValue(ordinal, out var request))
            return null;
        await ((Task)request).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return request.IsCompletedSuccessfully ? request.Result : null;
    }

    /// <summary>Waits for the pages still in flight (a round's probes) and records what they say of the list's length.</summary>
    public async Task LearnFromAsync(PageFrontier frontier)
    {
        await AllSettledAsync();
        foreach (var (ordinal, request) in requests)
            Learn(frontier, ordinal, request);
    }

    private static void Learn(PageFrontier frontier, int ordinal, Task<Page<T>> request)
    {
        if (request.IsCompletedSuccessfully)
            frontier.Read(ordinal, request.Result.List.Count > 0, !string.IsNullOrEmpty(request.Result.Links?.Next));
        else if (request.Exception?.InnerException is CasaviInvalidInputException or CasaviNotFoundException)
            frontier.PastTheEnd(ordinal);
    }

    /// <summary>Sets aside the pages requested by number (their links are no longer casavi's); they are still awaited.</summary>
    public void DiscardNumbered()
    {
        foreach (var ordinal in requests.Keys.Where(ordinal => ordinal > 1).ToList())
        {
            discarded.Add(requests[ordinal]);
            requests.Remove(ordinal);
        }
    }

    /// <summary>
    /// Waits for every request. Pages still in flight when the reader stopped early are on the wire
    /// already: cancelling would hide their cost, not save it.
    /// </summary>
    public async Task AllSettledAsync() =>
        await ((Task)Task.WhenAll(requests.Values.Concat(discarded))).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private Task<Page<T>> Counted(Task<Page<T>> request)
    {
        Count++;
        return request;
    }
}
