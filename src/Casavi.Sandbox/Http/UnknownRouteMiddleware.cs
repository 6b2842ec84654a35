namespace Casavi.Sandbox.Http;

/// <summary>A /v2 path the API does not have answers 404 in casavi's error shape, token or not.</summary>
internal sealed class UnknownRouteMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) => context.GetEndpoint() is null ? WriteAsync(context) : next(context);

    public static Task WriteAsync(HttpContext context) => CasaviResults.WriteErrorAsync(context, StatusCodes.Status404NotFound, "Resource not found");
}
