using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Ide;

[Collection(GatewayTestGroup.Name)]
public sealed partial class IdeRoutesTests(GatewayFixture gateway)
{
    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task A_browser_opening_the_endpoint_gets_the_ide_page(string path)
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(BrowserNavigation(path));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<base href=\"/graphql/\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_assets_are_served_with_content_types_and_long_caching()
    {
        using var client = gateway.CreateClient();
        using var page = await client.SendAsync(BrowserNavigation("/graphql"));
        var assets = AssetReference().Matches(await page.Content.ReadAsStringAsync()).Select(match => match.Groups["path"].Value).ToList();

        Assert.Contains(assets, asset => asset.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, asset => asset.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync("/graphql/" + asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            Assert.Equal(asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.CacheControl?.Public);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        }
    }

    [Fact]
    public async Task The_ide_configuration_points_at_the_endpoint_it_is_served_from()
    {
        using var client = gateway.CreateClient();
        using var response = await client.GetAsync("/graphql/bcp-config.json");
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.RootElement.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task A_browser_opening_a_query_link_gets_the_result_not_the_page()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(BrowserNavigation("/graphql?query=" + Uri.EscapeDataString("{ __typename }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A browser names neither GraphQL media type, so it is a legacy client: application/json.
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpRequestMessage BrowserNavigation(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    [GeneratedRegex("""(?:src|href)="(?<path>static/[^"]+)""")]
    private static partial Regex AssetReference();
}
