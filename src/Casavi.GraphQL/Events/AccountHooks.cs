using Casavi.Client;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Paging;
using Casavi.Contract.Integration;

namespace Casavi.GraphQL.Events;

/// <summary>One account's rest hooks to this gateway: one per event name casavi sends (<see cref="CasaviEventNames"/>), reused across restarts.</summary>
internal static class AccountHooks
{
    /// <summary>Creates the hooks to <paramref name="targetUrl"/> that are missing; returns how many it created.</summary>
    public static async Task<int> EnsureAsync(CasaviAccount account, string targetUrl, IEnumerable<string> events, CancellationToken cancellationToken)
    {
        var api = account.Services.GetRequiredService<IRestHooksApi>();
        var pager = account.Services.GetRequiredService<ICasaviPager>();
        var existing = await OursAsync(api, pager, targetUrl, cancellationToken);
        var missing = events.Where(name => !existing.Any(hook => hook.Event == name)).ToList();
        foreach (var name in missing)
            await api.CreateAsync(new CreateRestHook { TargetUrl = targetUrl, Event = name }, cancellationToken);
        if (missing.Count > 0)
            await RemoveDuplicatesAsync(api, pager, targetUrl, cancellationToken);
        return missing.Count;
    }

    /// <summary>
    /// Replicas starting together may each create a hook for the same event: all keep the oldest (then
    /// lowest ID) and remove the others, so they agree on which one stays.
    /// </summary>
    private static async Task RemoveDuplicatesAsync(IRestHooksApi api, ICasaviPager pager, string targetUrl, CancellationToken cancellationToken)
    {
        var surplus = (await OursAsync(api, pager, targetUrl, cancellationToken))
            .GroupBy(hook => hook.Event, StringComparer.Ordinal)
            .SelectMany(hooks => hooks.OrderBy(hook => hook.CreatedAt).ThenBy(hook => hook.Id, StringComparer.Ordinal).Skip(1));
        foreach (var hook in surplus)
        {
            try
            {
                await api.DeleteAsync(hook.Id, cancellationToken);
            }
            catch (CasaviNotFoundException)
            {
                // Another replica removed it first.
            }
        }
    }

    private static async Task<List<RestHook>> OursAsync(IRestHooksApi api, ICasaviPager pager, string targetUrl, CancellationToken cancellationToken)
    {
        var hooks = new List<RestHook>();
        var page = await api.ListAsync(cancellationToken);
        hooks.AddRange(page.List);
        while (!string.IsNullOrEmpty(page.Links?.Next))
        {
            page = await pager.GetPageAsync<RestHook>(page.Links.Next, cancellationToken);
            hooks.AddRange(page.List);
        }

        return hooks.FindAll(hook => hook.TargetUrl == targetUrl);
    }
}
