using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Client.Diagnostics;
using Casavi.Client.Errors;
using Casavi.Contract;
using Microsoft.Extensions.Options;

namespace Casavi.Client.Paging;

/// <summary>Sends next-page requests on the typed clients' HttpClient: same token, resilience, errors and call accounting.</summary>
internal sealed class CasaviPager(IHttpClientFactory clients, IOptions<CasaviClientOptions> options, TimeProvider time) : ICasaviPager
{
    public async Task<Page<T>> GetPageAsync<T>(string link, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(link);
        var target = NextLink.Resolve(options.Value.BaseUrl!, link);
        var endpoint = CasaviEndpoints.ForPath(HttpMethod.Get, target.AbsolutePath);

        using var request = new HttpRequestMessage(HttpMethod.Get, target);
        request.Options.Set(CasaviEndpoints.Name, endpoint);
        using var response = await clients.CreateClient(CasaviHttpClientNames.Api).SendAsync(request, cancellationToken);

        if (!response.IsSuccessStatusCode)
            throw await CasaviErrorMapper.FromResponseAsync(response, endpoint, time, cancellationToken);

        try
        {
            return await response.Content.ReadFromJsonAsync<Page<T>>(CasaviJson.Options, cancellationToken)
                ?? throw new JsonException("The page is null.");
        }
        catch (JsonException error)
        {
            throw new CasaviUnavailableException($"casavi {endpoint} answered a page that could not be read: {error.Message}", (int)response.StatusCode, error)
            {
                Reason = "answered a page that could not be read",
            };
        }
    }
}
