using System.Reflection;
using System.Text.RegularExpressions;
using Casavi.Client.Api;

namespace Casavi.Sandbox.Tests.Faults;

/// <summary>Requests are counted under the client's own route templates, failed ones included.</summary>
[Collection(FaultSandbox.Name)]
public sealed partial class RequestCounterTests(SandboxHost host) : FaultSandboxTest(host)
{
    [Fact]
    public async Task Every_endpoint_of_the_client_is_served_under_its_own_template()
    {
        var endpoints = typeof(IUnitsApi).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.Namespace == typeof(IUnitsApi).Namespace)
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<Refit.HttpMethodAttribute>())
            .OfType<Refit.HttpMethodAttribute>()
            .Select(a => (a.Method, a.Path))
            .ToList();

        foreach (var (method, path) in endpoints)
        {
            using var request = new HttpRequestMessage(method, RouteParameter().Replace(path, "x"));
            if (method != HttpMethod.Get && method != HttpMethod.Delete)
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            using var response = await Host.Client.SendAsync(request);
        }

        Assert.Equal(36, endpoints.Count);
        Assert.Equal(endpoints.Select(e => $"{e.Method.Method} {e.Path}").Order(StringComparer.Ordinal), Server.Requests.Snapshot().Keys);
        Assert.All(Server.Requests.Snapshot().Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Failed_and_faulted_requests_and_authentication_are_counted_and_admin_routes_are_not()
    {
        Server.Knobs.ScriptFault("GET", "/v2/units", 503, count: 1);
        using var client = Anonymous();

        using var faulted = await Host.Client.GetAsync("/v2/units/P-00001-0001");
        using var found = await Host.Client.GetAsync("/v2/units/P-00001-0002");
        using var missing = await Host.Client.GetAsync("/v2/units/P-00001-9999");
        using var unauthorized = await client.GetAsync("/v2/units/P-00001-0001");
        using var unknown = await Host.Client.GetAsync("/v2/nowhere");
        await SandboxHost.AuthenticateAsync(Server);
        using var admin = await client.GetAsync("/_sandbox/knobs");

        Assert.Equal(4, Server.Requests.Count("GET /v2/units/{unitId}"));
        Assert.Equal(1, Server.Requests.Count("GET /v2/nowhere"));
        Assert.Equal(1, Server.Requests.Count("POST /v2/authenticate"));
        Assert.Equal(6, Server.Requests.Total);
    }

    [Fact]
    public async Task Counting_is_exact_under_concurrency_and_reset_clears_it()
    {
        await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            using var response = await Host.Client.GetAsync($"/v2/tickets/T-{i + 1:D5}");
        }));

        Assert.Equal(50, Server.Requests.Count("GET /v2/tickets/{ticketId}"));
        Assert.Equal(50, Server.Requests.Total);
        Server.Requests.Reset();
        Assert.Equal(0, Server.Requests.Total);
        Assert.Empty(Server.Requests.Snapshot());
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
