using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Errors;

/// <summary>casavi at a closed port: the caller learns that casavi could not be reached, not where it is.</summary>
public sealed class UnreachableCasaviTests
{
    [Fact]
    public async Task The_error_is_UPSTREAM_UNAVAILABLE_without_casavis_host_port_or_path()
    {
        var port = ClosedPort();
        await using var gateway = new GatewayFixture(new Dictionary<string, string?>
        {
            ["Casavi:BaseUrl"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            ["Casavi:Key"] = "unreachable-key",
            ["Casavi:Secret"] = "unreachable-secret",
            ["Casavi:AttemptTimeout"] = "00:00:01",
            ["Casavi:TotalTimeout"] = "00:00:02",
            ["Casavi:RateLimitWaitLimit"] = "00:00:01",
            ["Casavi:Retry:MaxRetryAttempts"] = "0",
        });
        await gateway.InitializeAsync();

        var response = await gateway.PostQueryAsync("""{ property(referenceId: "P-00001") { name } }""");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("UPSTREAM_UNAVAILABLE", ErrorMessageAssert.Code(error));
        Assert.Contains("could not be reached", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        ErrorMessageAssert.ShowNoInternals(response, port);
    }

    /// <summary>A port that was free a moment ago: nothing listens there.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
