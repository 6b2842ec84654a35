namespace Casavi.Sandbox.Tests.Api;

public sealed class LifecycleTests
{
    [Fact]
    public async Task The_server_listens_on_a_free_loopback_port_until_disposed()
    {
        var server = await SandboxServer.StartAsync(new SandboxOptions { Scale = 0.1 });
        using var client = new HttpClient { BaseAddress = server.BaseUrl };
        using var before = await client.GetAsync("/v2/openapi.json");

        await server.DisposeAsync();
        await server.DisposeAsync();

        Assert.Equal(("http", "127.0.0.1", "/"), (server.BaseUrl.Scheme, server.BaseUrl.Host, server.BaseUrl.AbsolutePath));
        Assert.NotEqual(0, server.BaseUrl.Port);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/v2/openapi.json"));
    }

    [Fact]
    public async Task Options_out_of_range_are_refused_at_start()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SandboxServer.StartAsync(new SandboxOptions { Scale = 0.1, ErrorRate = 2 }));
    }
}
