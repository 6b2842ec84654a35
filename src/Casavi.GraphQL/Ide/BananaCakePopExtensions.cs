using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Casavi.GraphQL.Ide;

public static class BananaCakePopExtensions
{
    private static readonly JsonSerializerOptions ConfigJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Serves the self-hosted Banana Cake Pop at <paramref name="path"/>: browser navigation gets the page,
    /// <c>{path}/static/…</c> its assets and <c>{path}/bcp-config.json</c> points it at the endpoint on the same URL.
    /// </summary>
    public static WebApplication MapBananaCakePop(this WebApplication app, string path)
    {
        var files = IdeFiles.Locate(app.Configuration);
        app.UseMiddleware<IdePageMiddleware>(new PathString(path), files);
        if (files.Exist)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = path,
                FileProvider = new PhysicalFileProvider(files.Directory),
                OnPrepareResponse = IdeCaching.Apply,
            });
        }

        app.MapGet($"{path}/bcp-config.json", () => Results.Json(IdeConfiguration.SameEndpoint, ConfigJson));
        return app;
    }
}
