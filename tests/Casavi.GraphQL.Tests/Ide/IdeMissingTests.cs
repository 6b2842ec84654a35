using System.Net;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Ide;

public sealed class IdeMissingTests
{
    [Fact]
    public async Task Without_ide_files_the_page_says_the_bundle_was_not_built_and_how_to_get_it_and_graphql_still_works()
    {
        var emptyDirectory = Directory.CreateTempSubdirectory("casavi-no-ide-");
        var gateway = new GatewayFixture(new Dictionary<string, string?> { ["Ide:Directory"] = emptyDirectory.FullName });
        try
        {
            await gateway.InitializeAsync();
            using var client = gateway.CreateClient();
            using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
            page.Headers.Accept.ParseAdd("text/html");
            using var response = await client.SendAsync(page);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("not built", html, StringComparison.Ordinal);
            Assert.Contains("install Node.js with npm and rebuild", html, StringComparison.Ordinal);

            var body = await gateway.PostQueryAsync("{ __typename }");
            Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
        }
        finally
        {
            await gateway.DisposeAsync();
            emptyDirectory.Delete();
        }
    }
}
