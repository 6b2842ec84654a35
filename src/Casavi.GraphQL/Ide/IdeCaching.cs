using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Casavi.GraphQL.Ide;

/// <summary>Files under <c>static/</c> carry a content hash in their names and never change; the rest may.</summary>
internal static class IdeCaching
{
    public static void Apply(StaticFileResponseContext context)
    {
        var hashed = context.Context.Request.Path.Value?.Contains("/static/", StringComparison.Ordinal) == true;
        context.Context.Response.Headers[HeaderNames.CacheControl] = hashed
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}
