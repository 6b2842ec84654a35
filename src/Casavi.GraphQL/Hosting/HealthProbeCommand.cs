using System.Net;

namespace Casavi.GraphQL.Hosting;

/// <summary>
/// <c>dotnet Casavi.GraphQL.dll --health-check</c>: asks the gateway running beside it (same machine or
/// container) whether it is live, for Docker's HEALTHCHECK in an image without curl. GETs
/// <c>/health/live</c> on the gateway's own listening address, prints one line and exits 0 on 200, 1 otherwise.
/// Runs before any host is built, so the probe starts no gateway and no sandbox of its own.
/// </summary>
public static class HealthProbeCommand
{
    public const string Argument = "--health-check";
    public const string LivePath = "/health/live";

    /// <summary>Docker's HEALTHCHECK --timeout should allow for this plus the runtime's start.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>The port the aspnet container images listen on when nothing else is configured.</summary>
    private static readonly Uri DefaultAddress = new("http://localhost:8080");

    /// <summary>In order of precedence: ASP.NET Core reads unprefixed variables last, so they win, then ASPNETCORE_ over DOTNET_.</summary>
    private static readonly string[] UrlVariables = ["URLS", "ASPNETCORE_URLS", "DOTNET_URLS"];
    private static readonly string[] HttpPortVariables = ["HTTP_PORTS", "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS"];
    private static readonly string[] HttpsPortVariables = ["HTTPS_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTPS_PORTS"];

    public static bool IsRequested(IReadOnlyCollection<string> args) => args.Contains(Argument, StringComparer.Ordinal);

    public static Task<int> RunAsync() =>
        ProbeAsync(LiveUri(Environment.GetEnvironmentVariable), Console.Out, Console.Error);

    internal static async Task<int> ProbeAsync(Uri uri, TextWriter output, TextWriter error, HttpMessageHandler? handler = null, TimeSpan? timeout = null)
    {
        // No proxy: the gateway is on this machine, whatever HTTP_PROXY says.
        using var client = new HttpClient(handler ?? new SocketsHttpHandler { UseProxy = false }, disposeHandler: handler is null)
        {
            Timeout = timeout ?? Timeout,
        };
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await output.WriteLineAsync($"healthy: {uri} answered 200");
                return 0;
            }

            await error.WriteLineAsync($"unhealthy: {uri} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            var reason = exception is OperationCanceledException ? $"no answer within {client.Timeout.TotalSeconds:0.#} s" : exception.Message;
            await error.WriteLineAsync($"unhealthy: {uri} did not answer ({reason})");
            return 1;
        }
    }

    internal static Uri LiveUri(Func<string, string?> environment) => new(ListeningAddress(environment), LivePath);

    /// <summary>
    /// The gateway's own address, from the variables ASP.NET Core listens by: URLs first (an http one
    /// preferred), otherwise HTTP or HTTPS ports; wildcard hosts become localhost.
    /// </summary>
    internal static Uri ListeningAddress(Func<string, string?> environment)
    {
        var urls = Winning(environment, UrlVariables)?
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ToLocal)
            .OfType<Uri>()
            .ToList();
        if (urls is { Count: > 0 })
            return urls.FirstOrDefault(url => url.Scheme == Uri.UriSchemeHttp) ?? urls[0];

        if (FirstPort(Winning(environment, HttpPortVariables)) is { } httpPort)
            return new UriBuilder(Uri.UriSchemeHttp, "localhost", httpPort).Uri;
        if (FirstPort(Winning(environment, HttpsPortVariables)) is { } httpsPort)
            return new UriBuilder(Uri.UriSchemeHttps, "localhost", httpsPort).Uri;
        return DefaultAddress;
    }

    private static string? Winning(Func<string, string?> environment, string[] names) =>
        names.Select(environment).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    private static int? FirstPort(string? ports) =>
        ports?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(port => int.TryParse(port, out var number) && number is > 0 and <= 65535 ? number : (int?)null)
            .FirstOrDefault(port => port is not null);

    /// <summary>
    /// http://+:8080, http://*:8080, http://0.0.0.0:8080, http://[::]:8080 and host names (Kestrel
    /// listens on every interface for those) become http://localhost:8080; IP addresses stay.
    /// </summary>
    private static Uri? ToLocal(string url)
    {
        foreach (var wildcard in new[] { "://+", "://*" })
            url = url.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;

        var anyAddress = IPAddress.TryParse(uri.DnsSafeHost, out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any));
        return uri.HostNameType == UriHostNameType.Dns || anyAddress
            ? new UriBuilder(uri.Scheme, "localhost", uri.Port).Uri
            : new Uri(uri.GetLeftPart(UriPartial.Authority));
    }
}
