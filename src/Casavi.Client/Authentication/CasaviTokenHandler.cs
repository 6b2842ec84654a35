using System.Net;

namespace Casavi.Client.Authentication;

/// <summary>
/// Adds casavi's <c>token</c> header. It sits inside the resilience handler, so every attempt gets
/// the current token. On a 401 it renews the token and replays the request once: casavi did not
/// apply a request it refused, so even a POST may be replayed.
/// </summary>
internal sealed class CasaviTokenHandler(CasaviTokenProvider tokens) : DelegatingHandler
{
    private const string TokenHeader = "token";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A buffered body can be sent a second time.
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken);

        var token = await tokens.GetTokenAsync(cancellationToken);
        var response = await SendWithTokenAsync(request, token, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized) return response;

        response.Dispose();
        tokens.Invalidate(token);
        var renewed = await tokens.GetTokenAsync(cancellationToken);
        return await SendWithTokenAsync(request, renewed, cancellationToken);
    }

    private Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, string token, CancellationToken cancellationToken)
    {
        request.Headers.Remove(TokenHeader);
        request.Headers.TryAddWithoutValidation(TokenHeader, token);
        return base.SendAsync(request, cancellationToken);
    }
}
