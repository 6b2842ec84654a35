using System.Net;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Hosting;

/// <summary>The gateway listens where ASP.NET Core's usual settings say; the embedded sandbox never takes them over.</summary>
[Collection(GatewayProcessTestGroup.Name)]
public sealed class ListenAddressTests
{
    public static TheoryData<string> Ways => ["ASPNETCORE_URLS", "URLS", "--urls", "Kestrel__Endpoints__Http__Url"];

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task The_gateway_listens_on_the_address_it_is_given(string way)
    {
        var address = $"http://127.0.0.1:{GatewayProcess.FreePort()}";
        var environment = GatewayProcess.ProductionOnSandbox(address: null);
        string[] arguments = [];
        if (way == "--urls")
            arguments = ["--urls", address];
        else
            environment[way] = address;
        await using var gateway = GatewayProcess.Start(environment, arguments);

        using var response = await gateway.WaitForAnswerAsync(new Uri($"{address}/health/live"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Now listening on: {address}", gateway.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Overriding", gateway.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_json_formatter_every_line_is_json_the_sandbox_included()
    {
        var address = $"http://127.0.0.1:{GatewayProcess.FreePort()}";
        await using var gateway = GatewayProcess.Start(GatewayProcess.ProductionOnSandbox(address, ("Logging__Console__FormatterName", "json")));
        using var ready = await gateway.WaitForAnswerAsync(new Uri($"{address}/health/ready"));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        await gateway.DisposeAsync();

        var lines = gateway.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, line => line.Contains("embedded casavi sandbox", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }
}
