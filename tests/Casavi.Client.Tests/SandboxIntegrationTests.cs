using Casavi.Client.Api;
using Casavi.Client.Diagnostics;
using Casavi.Client.Paging;
using Casavi.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.Client.Tests;

/// <summary>The real client against the sandbox on a loopback port.</summary>
public sealed class SandboxIntegrationTests
{
    private const string Authenticate = "POST /v2/authenticate";

    private static ServiceProvider ClientFor(SandboxServer sandbox, SandboxOptions options)
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Casavi:BaseUrl"] = sandbox.BaseUrl.ToString(),
                ["Casavi:Key"] = options.Key,
                ["Casavi:Secret"] = options.Secret,
            })
            .Build()
            .GetSection(CasaviClientOptions.SectionName);
        return new ServiceCollection().AddLogging().AddCasaviClient(section).BuildServiceProvider();
    }

    [Fact]
    public async Task Walks_all_properties_over_two_pages_and_fetches_one_by_id()
    {
        var options = new SandboxOptions();
        await using var sandbox = await SandboxServer.StartAsync(options);
        await using var services = ClientFor(sandbox, options);
        var properties = services.GetRequiredService<IPropertiesApi>();

        using var log = CasaviCallTracker.Begin();
        var all = await services.GetRequiredService<ICasaviPager>()
            .WalkAsync(ct => properties.ListAsync(cancellationToken: ct))
            .ToListAsync();
        var last = await properties.GetAsync(all[^1].Id);

        Assert.InRange(all.Count, 26, 50);
        Assert.Equal(sandbox.Data.Properties.All().Select(p => p.Id).Order(), all.Select(p => p.Id).Order());
        Assert.Equal((all[^1].Id, all[^1].Name), (last.Id, last.Name));
        Assert.Equal(2, sandbox.Requests.Count("GET /v2/properties"));
        Assert.Equal(1, sandbox.Requests.Count("GET /v2/properties/{propertyId}"));
        Assert.Equal(
            new Dictionary<string, int> { [Authenticate] = 1, ["GET /v2/properties"] = 2, ["GET /v2/properties/{propertyId}"] = 1 },
            log.ByEndpoint);
    }

    [Fact]
    public async Task Fifty_concurrent_requests_after_the_tokens_expired_authenticate_exactly_once_more()
    {
        var options = new SandboxOptions();
        await using var sandbox = await SandboxServer.StartAsync(options);
        await using var services = ClientFor(sandbox, options);
        var properties = services.GetRequiredService<IPropertiesApi>();
        var ids = sandbox.Data.Properties.All().Select(p => p.Id).ToList();
        await properties.GetAsync(ids[0]);

        sandbox.Knobs.ExpireAllTokens();
        var fetched = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => properties.GetAsync(ids[i % ids.Count])));

        Assert.Equal(50, fetched.Length);
        Assert.Equal(2, sandbox.Requests.Count(Authenticate));
        // The expired token was refused at least once and the refused requests were replayed.
        Assert.True(sandbox.Requests.Count("GET /v2/properties/{propertyId}") > 51);
    }
}
