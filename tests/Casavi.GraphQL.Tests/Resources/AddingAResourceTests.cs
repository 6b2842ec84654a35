using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Client;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.Sandbox;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Casavi.GraphQL.Tests.Resources;

/// <summary>A resource description added in test code gets its loader, node source, root connection and endpoint row, and nothing else is needed.</summary>
public sealed class AddingAResourceTests : IAsyncLifetime
{
    private readonly GatewayFactory root = new(new Dictionary<string, string?>());
    private WebApplicationFactory<Program> factory = null!;

    public Task InitializeAsync()
    {
        factory = root.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            // What the guide's client and description steps add for a real resource.
            services.AddScoped(provider => RestService.For<IColleaguesApi>(
                provider.GetRequiredService<CasaviAccountScope>().Account.Services.GetRequiredService<IHttpClientFactory>().CreateClient("casavi")));
            services.AddSingleton<ColleagueResource>();
            services.AddSingleton<ICasaviResource<Colleague>>(provider => provider.GetRequiredService<ColleagueResource>());
            services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<ColleagueResource>());
            services.AddSingleton<INodeSource>(provider => provider.GetRequiredService<ColleagueResource>());
            services.AddSingleton<ColleagueGraphType>();
        }));
        _ = factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await root.DisposeAsync();
    }

    [Fact]
    public async Task The_description_alone_gives_a_root_connection_a_node_and_a_batched_loader()
    {
        var sandbox = factory.Services.GetRequiredService<SandboxServer>();
        var staff = sandbox.Data.Staff.All();
        using var client = factory.CreateClient();

        var page = await PostAsync(client, "{ colleagues(first: 2) { nodes { id referenceId lastName } } }");
        var first = page.GetProperty("data").GetProperty("colleagues").GetProperty("nodes")[0];
        Assert.Equal(staff[0].Id, first.GetProperty("referenceId").GetString());
        Assert.Equal(staff[0].LastName, first.GetProperty("lastName").GetString());

        var ids = string.Join(", ", staff.Take(3).Select(member => $"\"{GlobalId.Encode("Colleague", member.Id)}\""));
        var before = sandbox.Requests.Total;
        var nodes = await PostAsync(client, $"{{ nodes(ids: [{ids}]) {{ ... on Colleague {{ referenceId }} }} }}");

        Assert.Equal(
            staff.Take(3).Select(member => member.Id),
            nodes.GetProperty("data").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()));
        // Three keys, one list walk: the staff list has one page in the sandbox.
        Assert.Equal(1, sandbox.Requests.Total - before);
        Assert.Contains("colleagues", factory.Services.GetRequiredService<CasaviEndpointMap>().Build()["GET /v2/staff"]);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = document.RootElement.Clone();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body;
    }
}
