using System.Diagnostics;

namespace Casavi.Client.Diagnostics;

/// <summary>
/// The name under which the client publishes its spans (one per HTTP attempt, named by endpoint
/// template) and its metrics, for an OpenTelemetry setup to subscribe to.
/// </summary>
public static class CasaviClientTelemetry
{
    public const string Name = "Casavi.Client";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly HttpRequestOptionsKey<int> Attempt = new("Casavi.Attempt");

    /// <summary>
    /// True for requests the client traces itself. Generic HttpClient instrumentation should skip them,
    /// or every attempt would appear twice, the second time named without its endpoint template.
    /// </summary>
    public static bool IsTracedByClient(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Attempt, out _);
    }

    /// <summary>Numbers the attempts of one request: retries and the 401 replay send the same message again.</summary>
    internal static int NextAttempt(HttpRequestMessage request)
    {
        var attempt = request.Options.TryGetValue(Attempt, out var previous) ? previous + 1 : 1;
        request.Options.Set(Attempt, attempt);
        return attempt;
    }
}
