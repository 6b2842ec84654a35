using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Errors;

/// <summary>
/// A gateway of its own for tests that make casavi fail on purpose: its circuit breaker never opens
/// (every test sees its own fault, not the one before), and retries wait briefly.
/// </summary>
public sealed class FailingCasaviGateway : IAsyncLifetime
{
    public GatewayFixture Gateway { get; } = new(new Dictionary<string, string?>
    {
        ["Casavi:CircuitBreaker:MinimumThroughput"] = "1000000",
        ["Casavi:Retry:BaseDelay"] = "00:00:00.010",
    });

    public Task InitializeAsync() => Gateway.InitializeAsync();

    public Task DisposeAsync() => Gateway.DisposeAsync();
}
