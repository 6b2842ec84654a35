using Casavi.Client.Diagnostics;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Kernel.Filtering;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Casavi.GraphQL.Transport;

/// <summary>Reports what a GraphQL request cost upstream, as <c>extensions.casavi</c>.</summary>
internal static class UpstreamCost
{
    public const string HeaderName = "X-Casavi-Cost";
    public const string ExtensionName = "casavi";

    public static bool IsRequested(HttpRequest request, GatewayOptions options) =>
        options.ExposeUpstreamCost
        || (bool.TryParse(request.Headers[HeaderName], out var requested) && requested);

    public static void Attach(ExecutionResult result, CasaviCallLog log, FilteringReport filtering)
    {
        result.Extensions ??= [];
        result.Extensions[ExtensionName] = new Dictionary<string, object?>
        {
            ["requests"] = log.Count,
            ["waves"] = log.Waves,
            ["cacheHits"] = log.CacheHits,
            ["durationMs"] = Math.Round(log.TotalDuration.TotalMilliseconds, 1),
            ["byEndpoint"] = new SortedDictionary<string, int>(log.ByEndpoint.ToDictionary(), StringComparer.Ordinal),
            ["filtering"] = filtering.Lists.Select(list => new Dictionary<string, object?>
            {
                ["path"] = list.Path,
                ["pushedDown"] = list.PushedDown,
                ["scanned"] = list.Scanned,
                ["matched"] = list.Matched,
            }).ToList(),
        };
    }
}
