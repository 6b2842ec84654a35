using Casavi.Client;
using Casavi.GraphQL.Events;
using Casavi.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Hosting;

public static class CasaviUpstreamExtensions
{
    private const string EventsPublicUrlKey = $"{CasaviEventSettings.SectionName}:{nameof(CasaviEventSettings.PublicUrl)}";

    /// <summary>
    /// Connects the gateway to the casavi that <see cref="UpstreamChoice"/> picks. For the sandbox it
    /// starts it (options from section "Sandbox") and points the <c>Casavi</c> settings at it; the
    /// sandbox is a singleton for tests and is disposed on shutdown.
    /// </summary>
    public static async Task<WebApplicationBuilder> AddCasaviUpstreamAsync(this WebApplicationBuilder builder)
    {
        if (UpstreamChoice.Decide(builder.Configuration, builder.Environment) == UpstreamKind.Casavi)
        {
            // Built from the validated accounts, so a malformed URL is reported as a setting.
            builder.Services.AddSingleton(services => CasaviUpstream.Of(services.GetRequiredService<CasaviAccounts>(), isEmbeddedSandbox: false));
            return builder;
        }

        var options = builder.Configuration.GetSection(SandboxOptions.SectionName).Get<SandboxOptions>() ?? new SandboxOptions();
        var sandbox = await StartDetachedAsync(options, builder.Configuration.GetSection("Logging:Console"));
        var settings = new Dictionary<string, string?>
        {
            [UpstreamChoice.BaseUrlKey] = sandbox.BaseUrl.ToString(),
            [UpstreamChoice.KeyKey] = options.Key,
            [UpstreamChoice.SecretKey] = options.Secret,
        };
        if (SandboxCanCallBack(builder))
            settings[EventsPublicUrlKey] = DevelopmentAddress.Url;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(sandbox);
        builder.Services.AddSingleton(services => CasaviUpstream.Of(services.GetRequiredService<CasaviAccounts>(), isEmbeddedSandbox: true));
        builder.Services.AddHostedService<EmbeddedSandboxShutdown>();
        return builder;
    }

    /// <summary>
    /// Whether casavi's events can default to the development address, so that <c>dotnet run</c> gets live
    /// subscriptions from the sandbox: only in Development, only when the gateway listens there, never when
    /// an address is configured, and never with further accounts (a real casavi would get hooks to localhost).
    /// </summary>
    private static bool SandboxCanCallBack(WebApplicationBuilder builder) =>
        DevelopmentAddress.IsUsedBy(builder)
        && string.IsNullOrWhiteSpace(builder.Configuration[EventsPublicUrlKey])
        && !builder.Configuration.GetSection(UpstreamChoice.AccountsKey).Exists();

    /// <summary>
    /// Starts the sandbox without this flow's execution context. It is a separate server; its host
    /// must not pass for the gateway's own to observers that track startup through async-local
    /// state: WebApplicationFactory does, and would otherwise test the sandbox instead of the gateway.
    /// </summary>
    private static Task<SandboxServer> StartDetachedAsync(SandboxOptions options, IConfiguration consoleLogging)
    {
        using (ExecutionContext.SuppressFlow())
            return Task.Run(() => SandboxServer.StartAsync(options, consoleLogging));
    }
}
