using System.Net;
using System.Net.Sockets;
using Casavi.GraphQL.Hosting;

namespace Casavi.GraphQL.Tests.Hosting;

public sealed class HealthProbeCommandTests
{
    [Theory]
    [InlineData("http://+:8080", "http://localhost:8080/health/live")]
    [InlineData("http://*:5000", "http://localhost:5000/health/live")]
    [InlineData("http://0.0.0.0:5000", "http://localhost:5000/health/live")]
    [InlineData("http://[::]:5000", "http://localhost:5000/health/live")]
    [InlineData("http://gateway.example:7000", "http://localhost:7000/health/live")]
    [InlineData("http://localhost:5080", "http://localhost:5080/health/live")]
    [InlineData("http://127.0.0.1:5080/", "http://127.0.0.1:5080/health/live")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080/health/live")]
    [InlineData("http://+", "http://localhost/health/live")]
    [InlineData("https://+:8443; http://+:8080", "http://localhost:8080/health/live")]
    [InlineData("https://+:8443", "https://localhost:8443/health/live")]
    public void ASPNETCORE_URLS_gives_the_address_with_wildcards_as_localhost(string urls, string expected) =>
        Assert.Equal(expected, Live(("ASPNETCORE_URLS", urls)));

    [Fact]
    public void Without_any_setting_the_container_default_port_8080_is_probed() =>
        Assert.Equal("http://localhost:8080/health/live", Live());

    [Fact]
    public void URLS_counts_and_wins_over_ASPNETCORE_URLS_as_in_ASP_NET_Core_configuration()
    {
        Assert.Equal("http://localhost:9000/health/live", Live(("URLS", "http://+:9000")));
        Assert.Equal("http://localhost:9000/health/live", Live(("URLS", "http://+:9000"), ("ASPNETCORE_URLS", "http://+:9100")));
    }

    [Fact]
    public void HTTP_ports_count_when_no_URLs_are_set()
    {
        Assert.Equal("http://localhost:8081/health/live", Live(("ASPNETCORE_HTTP_PORTS", "8081;8082")));
        Assert.Equal("http://localhost:8081/health/live", Live(("HTTP_PORTS", "8081")));
        Assert.Equal("https://localhost:8443/health/live", Live(("ASPNETCORE_HTTPS_PORTS", "8443")));
        Assert.Equal("http://localhost:9000/health/live", Live(("ASPNETCORE_URLS", "http://+:9000"), ("ASPNETCORE_HTTP_PORTS", "8080")));
    }

    [Fact]
    public void Unusable_values_fall_back_to_the_default()
    {
        Assert.Equal("http://localhost:8080/health/live", Live(("ASPNETCORE_URLS", " ")));
        Assert.Equal("http://localhost:8080/health/live", Live(("ASPNETCORE_URLS", "not a url")));
        Assert.Equal("http://localhost:8080/health/live", Live(("ASPNETCORE_HTTP_PORTS", "none")));
    }

    [Fact]
    public void Only_the_health_check_argument_requests_the_probe()
    {
        Assert.True(HealthProbeCommand.IsRequested(["--health-check"]));
        Assert.False(HealthProbeCommand.IsRequested([]));
        Assert.False(HealthProbeCommand.IsRequested(["--urls", "http://+:8080"]));
    }

    [Fact]
    public async Task A_200_answer_exits_0_with_one_line()
    {
        var (exitCode, output) = await ProbeAsync(new Answer(HttpStatusCode.OK));

        Assert.Equal(0, exitCode);
        Assert.Equal("healthy: http://localhost:8080/health/live answered 200", output.TrimEnd());
    }

    [Fact]
    public async Task Any_other_answer_exits_1()
    {
        var (exitCode, output) = await ProbeAsync(new Answer(HttpStatusCode.ServiceUnavailable));

        Assert.Equal(1, exitCode);
        Assert.Equal("unhealthy: http://localhost:8080/health/live answered 503", output.TrimEnd());
    }

    [Fact]
    public async Task No_answer_within_the_timeout_exits_1()
    {
        var (exitCode, output) = await ProbeAsync(new Answer(HttpStatusCode.OK, TimeSpan.FromSeconds(30)), TimeSpan.FromMilliseconds(200));

        Assert.Equal(1, exitCode);
        Assert.Contains("did not answer", output, StringComparison.Ordinal);
        Assert.Single(output.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_closed_port_exits_1()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var output = new StringWriter();

        var exitCode = await HealthProbeCommand.ProbeAsync(new Uri($"http://127.0.0.1:{port}/health/live"), output, output);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("unhealthy: ", output.ToString(), StringComparison.Ordinal);
    }

    private static string Live(params (string Name, string Value)[] variables) =>
        HealthProbeCommand.LiveUri(name => variables.FirstOrDefault(variable => variable.Name == name).Value).ToString();

    private static async Task<(int ExitCode, string Output)> ProbeAsync(Answer answer, TimeSpan? timeout = null)
    {
        using var output = new StringWriter();
        var exitCode = await HealthProbeCommand.ProbeAsync(HealthProbeCommand.LiveUri(_ => null), output, output, answer, timeout);
        return (exitCode, output.ToString());
    }

    private sealed class Answer(HttpStatusCode status, TimeSpan delay = default) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("/health/live", request.RequestUri?.AbsolutePath);
            await Task.Delay(delay, cancellationToken);
            return new HttpResponseMessage(status);
        }
    }
}
