using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Casavi.Sandbox.Diagnostics;

/// <summary>Creates the sandbox's meters under the prefix "Casavi.Sandbox.", e.g. "Casavi.Sandbox.Microsoft.AspNetCore.Hosting".</summary>
internal sealed class SandboxMeterFactory : IMeterFactory
{
    private readonly ConcurrentBag<Meter> meters = [];

    public Meter Create(MeterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var meter = new Meter(new MeterOptions($"{SandboxDiagnostics.Name}.{options.Name}")
        {
            Version = options.Version,
            Tags = options.Tags,
            Scope = this,
        });
        meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        foreach (var meter in meters)
            meter.Dispose();
    }
}
