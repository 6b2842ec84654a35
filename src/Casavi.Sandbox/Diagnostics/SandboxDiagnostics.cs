using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.Sandbox.Diagnostics;

/// <summary>
/// The sandbox stands in for casavi, a remote API, but runs in its host's process, where telemetry
/// subscribes to ASP.NET Core's diagnostics by name ("Microsoft.AspNetCore" and its meters). The
/// sandbox's hosting publishes under names of its own instead, so its requests are neither traced
/// nor measured as the host's own.
/// </summary>
internal static class SandboxDiagnostics
{
    public const string Name = "Casavi.Sandbox";

    /// <summary>Call after the web host's defaults are registered: the last registration wins.</summary>
    public static IServiceCollection AddOwnDiagnosticNames(this IServiceCollection services) => services
        .AddSingleton(_ => new ActivitySource(Name))
        .AddSingleton(_ => new DiagnosticListener(Name))
        .AddSingleton<IMeterFactory, SandboxMeterFactory>();
}
