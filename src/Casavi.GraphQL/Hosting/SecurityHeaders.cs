using Microsoft.Net.Http.Headers;

namespace Casavi.GraphQL.Hosting;

/// <summary>
/// Headers on every response that keep browsers from sniffing JSON as HTML, leaking the URL to other
/// sites and framing the gateway (the IDE included); the CSP restricts nothing else, so the
/// self-hosted IDE keeps loading its own scripts and styles.
/// </summary>
public static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers[HeaderNames.ContentSecurityPolicy] = "frame-ancestors 'none'";
            return next(context);
        });
        return app;
    }

    /// <summary>Kestrel's "Server: Kestrel" tells an attacker what runs here and helps no client.</summary>
    public static WebApplicationBuilder WithoutServerHeader(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }
}
