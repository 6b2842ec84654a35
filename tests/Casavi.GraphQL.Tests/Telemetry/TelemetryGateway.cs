using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.Sandbox;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using OpenTelemetry.Trace;

namespace Casavi.GraphQL.Tests.Telemetry;

/// <summary>The gateway with its spans exported to memory and its logs captured, shared by the "telemetry" collection.</summary>
public sealed class TelemetryGateway : IAsyncLifetime
{
    private readonly GatewayFactory root = new(new Dictionary<string, string?>());
    private readonly WebApplicationFactory<Program> factory;

    public TelemetryGateway() =>
        factory = root.WithWebHostBuilder(web => web.ConfigureTestServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans))
            .AddFakeLogging()));

    public ExportedSpans Spans { get; } = new();

    public IServiceProvider Services => factory.Services;

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public SandboxServer Sandbox => Services.GetRequiredService<SandboxServer>();

    public HttpClient CreateClient() => factory.CreateClient();

    /// <summary>POSTs a query with <c>X-Casavi-Cost</c> as asked; returns the response document (asserted 200).</summary>
    public async Task<JsonElement> PostQueryAsync(string query, bool withCost)
    {
        using var client = CreateClient();
        return await GatewayFixture.PostQueryAsync(client, query, variables: null, withCost);
    }

    public Task InitializeAsync()
    {
        _ = factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await root.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class TelemetryTestGroup : ICollectionFixture<TelemetryGateway>
{
    public const string Name = "telemetry";
}
