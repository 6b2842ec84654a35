using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Client.Diagnostics;
using Casavi.Client.Errors;
using Casavi.Contract;
using Microsoft.Extensions.Options;

namespace Casavi.Client.Authentication;

/// <summary>POST /v2/authenticate with the key and secret. Nothing here logs or repeats them.</summary>
internal sealed class CasaviAuthenticator(IHttpClientFactory clients, IOptions<CasaviClientOptions> options, TimeProvider time)
{
    public async Task<TokenResponse> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Appended like Refit appends its routes, so a path prefix of the base URL (a proxy's /casavi) is kept.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{settings.BaseUrl!.AbsoluteUri.TrimEnd('/')}/v2/authenticate"))
        {
            Content = JsonContent.Create(new AuthenticateRequest(settings.Key, settings.Secret), options: CasaviJson.Options),
        };
        request.Options.Set(CasaviEndpoints.Name, CasaviEndpoints.Authenticate);

        using var response = await clients.CreateClient(CasaviHttpClientNames.Authenticate).SendAsync(request, cancellationToken);

        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // The error body is not quoted: it could echo what was sent.
            throw new CasaviUnauthorizedException(
                $"casavi rejected the API key and secret ({CasaviEndpoints.Authenticate} answered {(int)response.StatusCode}).",
                (int)response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
            throw await CasaviErrorMapper.FromResponseAsync(response, CasaviEndpoints.Authenticate, time, cancellationToken);

        return await ReadTokenAsync(response, cancellationToken);
    }

    private static async Task<TokenResponse> ReadTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(CasaviJson.Options, cancellationToken);
            if (!string.IsNullOrEmpty(token?.Token)) return token;
        }
        catch (JsonException)
        {
            // Reported below without the body, which would contain a token.
        }

        throw new CasaviUnavailableException(
            $"casavi {CasaviEndpoints.Authenticate} answered {(int)response.StatusCode} without a readable token.", (int)response.StatusCode)
        {
            Reason = "answered the authentication without a readable token",
        };
    }
}
