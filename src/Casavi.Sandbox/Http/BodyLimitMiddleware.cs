using Microsoft.AspNetCore.Http.Features;

namespace Casavi.Sandbox.Http;

/// <summary>
/// casavi's 15 MB upload limit. A body announced as larger is refused before it is read, and Kestrel
/// (whose own limit is higher) drains it, so the client still receives the 413 instead of a broken pipe.
/// </summary>
internal sealed class BodyLimitMiddleware(RequestDelegate next)
{
    public const long MaxBodyBytes = 15 * 1024 * 1024;

    /// <summary>What Kestrel accepts and drains; bodies beyond it are cut off.</summary>
    public const long TransportLimitBytes = 4 * MaxBodyBytes;

    public const string Message = "The request body is larger than 15 MB";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
            return CasaviResults.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, Message);
        // Chunked bodies carry no length: Kestrel counts them against the limit while they are read.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        return next(context);
    }
}
