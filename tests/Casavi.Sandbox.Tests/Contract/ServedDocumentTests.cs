using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>The sandbox serves the contract document the repository holds, unchanged.</summary>
[Collection(ContractSandboxGroup.Name)]
public sealed class ServedDocumentTests(ContractSandboxFixture sandbox)
{
    [Fact]
    public async Task Sandbox_serves_the_repository_document()
    {
        using var response = await sandbox.Anonymous.GetAsync("/v2/openapi.json");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(served, ContractDocument.Load()), "GET /v2/openapi.json differs from " + ContractDocument.RelativePath);
    }
}
