using System.Net;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Transport;

[Collection(GatewayTestGroup.Name)]
public sealed class SdlRouteTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Sdl_route_prints_the_schema_as_text()
    {
        using var client = gateway.CreateClient();
        using var response = await client.GetAsync("/graphql?sdl");
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("type Query", sdl, StringComparison.Ordinal);
        Assert.Equal(SchemaSdl.PrintSchema(gateway.Services.GetRequiredService<ISchema>()), sdl);
    }
}
