using Casavi.GraphQL.Events;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Casavi.GraphQL.Tests.Events;

public sealed class HookRegistrationHealthCheckTests
{
    [Fact]
    public async Task Readiness_is_degraded_while_an_accounts_registration_fails()
    {
        var status = new HookRegistrationStatus();
        var check = new HookRegistrationHealthCheck(status);

        status.Succeeded("default");
        status.Failed("second");
        var failing = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
        status.Succeeded("second");
        var recovered = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Degraded, failing.Status);
        Assert.StartsWith("casavi events: registration failing", failing.Description, StringComparison.Ordinal);
        Assert.Contains("second", failing.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
    }
}
