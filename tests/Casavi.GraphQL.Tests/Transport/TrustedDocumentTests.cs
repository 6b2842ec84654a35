using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

/// <summary>Gateway:TrustedDocuments over HTTP, with a manifest written for each gateway.</summary>
public sealed class TrustedDocumentTests : IDisposable
{
    private const string Trusted = """query Trusted { property(referenceId: "P-00001") { name } }""";
    private const string Untrusted = """query Other { properties(first: 1) { nodes { name } } }""";

    private readonly string manifest = Path.Combine(Path.GetTempPath(), $"trusted-documents-{Guid.NewGuid():N}.json");

    public TrustedDocumentTests() =>
        File.WriteAllText(manifest, JsonSerializer.Serialize(new Dictionary<string, string> { [PersistedQueryRequests.HashOf(Trusted)] = Trusted }));

    public void Dispose() => File.Delete(manifest);

    [Fact]
    public async Task Only_refuses_a_document_outside_the_manifest_without_a_casavi_request()
    {
        await using var gateway = Gateway("Only");
        var before = gateway.Sandbox.Requests.Total;
        using var client = gateway.CreateClient();

        using var asText = await client.SendAsync(GraphQLHttp.PostQuery(Untrusted));
        using var byUnknownHash = await client.SendAsync(PersistedQueryRequests.Post(PersistedQueryRequests.HashOf(Untrusted)));
        using var asGet = await client.SendAsync(GraphQLHttp.Get("query=" + Uri.EscapeDataString(Untrusted)));

        foreach (var response in new[] { asText, byUnknownHash, asGet })
            Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (await response.JsonAsync()).FirstErrorCode());
        Assert.Equal(before, gateway.Sandbox.Requests.Total);
    }

    [Fact]
    public async Task Only_refuses_registering_a_new_persisted_query()
    {
        await using var gateway = Gateway("Only");
        var hash = PersistedQueryRequests.HashOf(Untrusted);
        using var client = gateway.CreateClient();

        using var registration = await client.SendAsync(PersistedQueryRequests.Post(hash, Untrusted));
        using var lookup = await client.SendAsync(PersistedQueryRequests.Post(hash));

        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (await registration.JsonAsync()).FirstErrorCode());
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (await lookup.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Only_serves_a_manifest_document_by_hash_by_document_id_and_as_text()
    {
        await using var gateway = Gateway("Only");
        var hash = PersistedQueryRequests.HashOf(Trusted);
        var expected = gateway.Sandbox.Data.Properties.Find("P-00001")!.Name;
        using var client = gateway.CreateClient();

        using var byHash = await client.SendAsync(PersistedQueryRequests.Post(hash));
        using var byGet = await client.SendAsync(PersistedQueryRequests.Get(hash));
        using var byDocumentId = await client.SendAsync(PersistedQueryRequests.PostDocumentId(hash));
        using var asText = await client.SendAsync(GraphQLHttp.PostQuery(Trusted));

        foreach (var response in new[] { byHash, byGet, byDocumentId, asText })
            Assert.Equal(expected, await PropertyNameAsync(response));
    }

    [Fact]
    public async Task Allowed_serves_the_manifest_by_hash_and_still_runs_other_documents()
    {
        await using var gateway = Gateway("Allowed");
        var expected = gateway.Sandbox.Data.Properties.Find("P-00001")!.Name;
        using var client = gateway.CreateClient();

        using var byHash = await client.SendAsync(PersistedQueryRequests.Post(PersistedQueryRequests.HashOf(Trusted)));
        using var other = await client.SendAsync(GraphQLHttp.PostQuery(Untrusted));

        Assert.Equal(expected, await PropertyNameAsync(byHash));
        var otherBody = await other.JsonAsync();
        Assert.False(otherBody.TryGetProperty("errors", out _), otherBody.ToString());
        Assert.Equal(1, otherBody.GetProperty("data").GetProperty("properties").GetProperty("nodes").GetArrayLength());
    }

    private GatewayFixture Gateway(string mode) => new(new Dictionary<string, string?>
    {
        ["Gateway:TrustedDocuments:Mode"] = mode,
        ["Gateway:TrustedDocuments:Path"] = manifest,
    });

    private static async Task<string?> PropertyNameAsync(HttpResponseMessage response)
    {
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty("property").GetProperty("name").GetString();
    }
}
