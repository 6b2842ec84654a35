using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Casavi.GraphQL.Ide;

/// <summary>
/// A browser opening the GraphQL endpoint gets the IDE page instead of a GraphQL error. Runs after
/// routing and before endpoints, so it can take the request from the GraphQL GET endpoint.
/// </summary>
internal sealed class IdePageMiddleware(RequestDelegate next, PathString path, IdeFiles files)
{
    public Task InvokeAsync(HttpContext context) =>
        IsBrowserNavigation(context.Request) ? ServePageAsync(context) : next(context);

    private bool IsBrowserNavigation(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && (request.Path.Equals(path) || request.Path.Equals(path.Add("/")))
        && !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("sdl")
        && request.GetTypedHeaders().Accept.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private async Task ServePageAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        if (!files.Exist)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await response.WriteAsync(IdeMissingPage.Html, context.RequestAborted);
            return;
        }

        var baseHref = HtmlEncoder.Default.Encode($"{context.Request.PathBase}{path}/");
        await response.WriteAsync(files.IndexHtmlWithBase(baseHref), context.RequestAborted);
    }
}
