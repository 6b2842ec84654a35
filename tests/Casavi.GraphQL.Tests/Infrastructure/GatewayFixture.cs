using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Sandbox;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>
/// One gateway with its embedded sandbox (default options unless settings say otherwise), shared by
/// the test classes of the "gateway" collection.
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime, IAsyncDisposable
{
    private readonly GatewayFactory factory;

    public GatewayFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration for the gateway, e.g. <c>["Sandbox:Scale"] = "2"</c>.</param>
    /// <remarks>Internal: xunit allows a collection fixture only one public constructor.</remarks>
    internal GatewayFixture(IReadOnlyDictionary<string, string?> settings) => factory = new GatewayFactory(settings);

    public IServiceProvider Services => factory.Services;

    /// <summary>The embedded sandbox: its knobs and request counters.</summary>
    public SandboxServer Sandbox => Services.GetRequiredService<SandboxServer>();

    public HttpClient CreateClient() => factory.CreateClient();

    /// <summary>The in-memory server, for requests an HttpClient cannot shape (e.g. from a given remote address).</summary>
    public TestServer Server => factory.Server;

    /// <summary>POSTs a query to /graphql, asserts 200 and returns the whole response document.</summary>
    public async Task<JsonElement> PostQueryAsync(string query, object? variables = null, bool withCost = false)
    {
        using var client = CreateClient();
        return await PostQueryAsync(client, query, variables, withCost);
    }

    /// <summary>POSTs a query to /graphql through <paramref name="client"/>, asserts 200 and returns the response document.</summary>
    public static async Task<JsonElement> PostQueryAsync(HttpClient client, string query, object? variables, bool withCost)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (withCost)
            request.Headers.Add("X-Casavi-Cost", "true");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /graphql answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public Task InitializeAsync()
    {
        // Starts the host (and with it the sandbox) now, not inside the first test.
        _ = factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>For tests that start a gateway of their own with <c>await using</c>.</summary>
    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
