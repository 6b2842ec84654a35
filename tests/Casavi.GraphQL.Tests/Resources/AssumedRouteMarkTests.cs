using System.Text.Json;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Resources;

/// <summary>The resources doubt exactly the by-id routes the contract marks as assumed.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class AssumedRouteMarkTests(GatewayFixture gateway)
{
    [Fact]
    public void A_by_id_route_is_treated_as_assumed_exactly_when_the_contract_marks_it()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schema", "casavi-v2.openapi.json")));
        var resources = gateway.Services.GetServices<INodeSource>().OfType<ICasaviResource>().Where(resource => resource.ByIdEndpoint is not null).ToList();

        Assert.NotEmpty(resources);
        Assert.All(resources, resource =>
        {
            var (method, path) = (resource.ByIdEndpoint!.Split(' ')[0].ToLowerInvariant(), resource.ByIdEndpoint.Split(' ')[1]);
            var operation = contract.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);
            var marked = operation.TryGetProperty("x-assumed", out var assumed) && assumed.GetBoolean();
            Assert.True(marked == resource.ByIdRouteIsAssumed, $"{resource.ByIdEndpoint}: marked {marked} in the contract, treated as assumed: {resource.ByIdRouteIsAssumed}");
        });
        Assert.Contains(resources, resource => resource.ByIdRouteIsAssumed);
    }
}
