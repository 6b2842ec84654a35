using Casavi.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Hosting;

public static class CasaviUpstreamExtensions
{
    private const string BaseUrlKey = "Casavi:BaseUrl";

    /// <summary>
    /// Uses the casavi configured in <c>Casavi:BaseUrl</c>; when none is configured, starts the embedded
    /// sandbox (options from section "Sandbox") and points the <c>Casavi</c> settings at it, so the
    /// gateway runs out of the box. The sandbox is a singleton for tests and is disposed on shutdown.
    /// </summary>
    public static async Task<WebApplicationBuilder> AddCasaviUpstreamAsync(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[BaseUrlKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            builder.Services.AddSingleton(new CasaviUpstream(false, new Uri(configured)));
            return builder;
        }

        var options = builder.Configuration.GetSection(SandboxOptions.SectionName).Get<SandboxOptions>() ?? new SandboxOptions();
        var sandbox = await StartDetachedAsync(options);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [BaseUrlKey] = sandbox.BaseUrl.ToString(),
            ["Casavi:Key"] = options.Key,
            ["Casavi:Secret"] = options.Secret,
        });
        builder.Services.AddSingleton(sandbox);
        builder.Services.AddSingleton(new CasaviUpstream(true, sandbox.BaseUrl));
        builder.Services.AddHostedService<EmbeddedSandboxShutdown>();
        return builder;
    }

    /// <summary>
    /// Starts the sandbox without this flow's execution context. It is a separate server; its host
    /// must not pass for the gateway's own to observers that track startup through async-local
    /// state: WebApplicationFactory does, and would otherwise test the sandbox instead of the gateway.
    /// </summary>
    private static Task<SandboxServer> StartDetachedAsync(SandboxOptions options)
    {
        using (ExecutionContext.SuppressFlow())
            return Task.Run(() => SandboxServer.StartAsync(options));
    }
}
