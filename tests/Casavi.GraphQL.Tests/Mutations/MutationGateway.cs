using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.Sandbox;

namespace Casavi.GraphQL.Tests.Mutations;

/// <summary>
/// A gateway and a casavi sandbox of their own for the write tests, so what they create never shows
/// up in the read tests of the shared gateway. The sandbox is started here and configured as the
/// gateway's casavi; requests may be large enough to reach casavi's 15 MB import limit.
/// </summary>
public sealed class MutationGateway : IAsyncLifetime
{
    /// <summary>A host name the write tests may register hooks at.</summary>
    public const string RestHookReceiver = "erp.example.com";

    private static readonly SandboxOptions CasaviOptions = new();
    private GatewayFixture? gateway;
    private SandboxServer? sandbox;

    public SandboxServer Sandbox => sandbox ?? throw new InvalidOperationException("The fixture is not initialized.");

    public Task<JsonElement> PostQueryAsync(string query, object? variables = null, bool withCost = false) =>
        (gateway ?? throw new InvalidOperationException("The fixture is not initialized.")).PostQueryAsync(query, variables, withCost);

    public async Task InitializeAsync()
    {
        sandbox = await SandboxServer.StartAsync(CasaviOptions);
        gateway = new GatewayFixture(new Dictionary<string, string?>
        {
            ["Casavi:BaseUrl"] = sandbox.BaseUrl.ToString(),
            ["Casavi:Key"] = CasaviOptions.Key,
            ["Casavi:Secret"] = CasaviOptions.Secret,
            ["Gateway:MaxRequestBodyBytes"] = "20000000",
            // The hook tests' receiver: allow-listed, so registering it needs no DNS.
            ["Gateway:RestHooks:AllowedHosts:0"] = RestHookReceiver,
        });
        await gateway.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (gateway is not null)
            await gateway.DisposeAsync();
        if (sandbox is not null)
            await sandbox.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class MutationTestGroup : ICollectionFixture<MutationGateway>
{
    public const string Name = "mutations";
}
