using System.Globalization;
using System.Net;
using Casavi.Sandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>The gateway in process, on its embedded sandbox (or the upstream the settings name).</summary>
/// <param name="services">Extra services for a benchmark that observes the gateway from inside (e.g. a middleware's clock).</param>
internal sealed class Gateway(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    /// <summary>The embedded sandbox; only when the settings did not point the gateway at another casavi.</summary>
    public SandboxServer Sandbox => Services.GetRequiredService<SandboxServer>();

    /// <summary>
    /// Serves on a real loopback socket (Kestrel, free port) instead of the in-memory test server, so
    /// throughput includes HTTP parsing and connection handling as in production.
    /// </summary>
    /// <param name="port">0 takes a free one; a fixed one when settings must name the gateway's address before it starts.</param>
    public Uri StartOnLoopback(int port = 0)
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.Single());
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        if (services is not null)
            builder.ConfigureServices(services);
        return base.CreateHost(builder);
    }
}

/// <summary>Gateway settings of one benchmark run, named after the settings the README documents.</summary>
internal static class GatewaySettings
{
    public static readonly TimeSpan CacheOff = TimeSpan.Zero;

    /// <summary>WebApplicationFactory finds the gateway's content root through this variable outside a test project.</summary>
    public static void LocateGatewayProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Casavi.GraphQL.sln")))
            {
                Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CASAVI_GRAPHQL", Path.Combine(directory.FullName, "src", "Casavi.GraphQL"));
                return;
            }
        }

        throw new InvalidOperationException("Run the benchmark from within the repository.");
    }

    /// <param name="redis">host:port of a Redis shared by replicas; null keeps the cache in the process.</param>
    public static Dictionary<string, string?> Create(int latencyMilliseconds, int firstPageNumber, TimeSpan cacheTtl, string? redis = null) => new()
    {
        ["Sandbox:LatencyMilliseconds"] = latencyMilliseconds.ToString(CultureInfo.InvariantCulture),
        ["Sandbox:FirstPageNumber"] = firstPageNumber.ToString(CultureInfo.InvariantCulture),
        ["Cache:Ttl"] = cacheTtl.ToString("c", CultureInfo.InvariantCulture),
        // Set even when empty, so a Cache__Redis in the environment cannot turn an L1 row into a replica row.
        ["Cache:Redis"] = redis ?? string.Empty,
        // The tables are the output; a request log line per measured request, or a start-up banner per
        // gateway instance, would bury them. Warnings still show.
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Casavi.GraphQL.Requests"] = "Warning",
    };

    /// <summary>A second replica: the same settings, but reading the first replica's casavi instead of starting its own.</summary>
    public static Dictionary<string, string?> SecondReplicaOf(Gateway first, IReadOnlyDictionary<string, string?> firstSettings)
    {
        // The first replica's configuration holds the embedded sandbox's address and credentials.
        var firstConfiguration = first.Services.GetRequiredService<IConfiguration>();
        return new Dictionary<string, string?>(firstSettings)
        {
            ["Casavi:Upstream"] = "Casavi",
            ["Casavi:BaseUrl"] = firstConfiguration["Casavi:BaseUrl"],
            ["Casavi:Key"] = firstConfiguration["Casavi:Key"],
            ["Casavi:Secret"] = firstConfiguration["Casavi:Secret"],
        };
    }
}
