using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Casavi.GraphQL.Hosting;

/// <summary>Tells whoever starts the gateway where the IDE is and which casavi answers (no key or secret).</summary>
public static partial class StartupAnnouncement
{
    public static WebApplication AnnounceOnStart(this WebApplication app, string idePath)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var upstream = app.Services.GetRequiredService<CasaviUpstream>().Describe();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var ideUrls = addresses is { Count: > 0 }
                ? string.Join(", ", addresses.Select(address => BrowsableAddress(address) + idePath))
                : idePath;
            LogReady(app.Logger, ideUrls, upstream);
        });
        return app;
    }

    /// <summary>Wildcard listen addresses are not browsable; point people at localhost instead.</summary>
    private static string BrowsableAddress(string address)
    {
        foreach (var wildcard in new[] { "://[::]", "://0.0.0.0", "://+", "://*" })
            address = address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        return address.TrimEnd('/');
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Open Banana Cake Pop at {IdeUrls}; queries go to {Upstream}.")]
    private static partial void LogReady(ILogger logger, string ideUrls, string upstream);
}
