using System.Globalization;
using Casavi.Contract.Content;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Content;

[Collection(GatewayTestGroup.Name)]
public sealed class DocumentQueryTests(GatewayFixture gateway)
{
    private const string DocumentQuery = """
        query ($id: String!) { document(referenceId: $id) {
          id referenceId internalId title type resource fileSize publishedAt downloadCount firstDownloadAt
          documentType { referenceId name }
          sharedWith { with propertyReferenceId unitReferenceId roles property { referenceId name } unit { referenceId name } } } }
        """;

    [Fact]
    public async Task A_document_shared_with_a_unit_resolves_its_property_unit_and_type()
    {
        var document = gateway.Sandbox.Data.Documents.All().First(candidate => candidate.SharedWith[0].With == DocumentShareTarget.Unit && candidate.DownloadCount > 0);
        var share = document.SharedWith[0];

        var read = (await gateway.PostQueryAsync(DocumentQuery, new { id = document.Id })).Data().GetProperty("document");

        Assert.Equal(document.Id, read.Text("referenceId"));
        Assert.Equal(document.InternalId, read.GetProperty("internalId").GetInt64());
        Assert.Equal(document.Title, read.Text("title"));
        Assert.Equal(document.DownloadCount, read.GetProperty("downloadCount").GetInt32());
        Assert.Equal(document.FirstDownloadAt, DateTimeOffset.Parse(read.Text("firstDownloadAt")!, CultureInfo.InvariantCulture));
        Assert.Equal(document.Type, read.GetProperty("documentType").Text("referenceId"));
        Assert.Equal(gateway.Sandbox.Data.DocumentTypes.Find(document.Type!)!.Name, read.GetProperty("documentType").Text("name"));
        var readShare = Assert.Single(read.GetProperty("sharedWith").EnumerateArray());
        Assert.Equal("UNIT", readShare.Text("with"));
        Assert.Equal(share.Roles, readShare.GetProperty("roles").Texts());
        Assert.Equal(share.PropertyId, readShare.GetProperty("property").Text("referenceId"));
        Assert.Equal(share.UnitId, readShare.GetProperty("unit").Text("referenceId"));
        Assert.Equal(gateway.Sandbox.Data.Units.Find(share.UnitId!)!.Name, readShare.GetProperty("unit").Text("name"));
    }

    [Fact]
    public async Task A_document_shared_with_a_property_has_no_unit()
    {
        var document = gateway.Sandbox.Data.Documents.All().First(candidate => candidate.SharedWith[0].With == DocumentShareTarget.Property);

        var share = (await gateway.PostQueryAsync(DocumentQuery, new { id = document.Id })).Data().GetProperty("document").GetProperty("sharedWith")[0];

        Assert.Equal("PROPERTY", share.Text("with"));
        Assert.Equal(document.SharedWith[0].PropertyId, share.GetProperty("property").Text("referenceId"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, share.GetProperty("unit").ValueKind);
    }

    [Fact]
    public async Task Document_types_of_many_documents_cost_one_walk_of_the_type_list()
    {
        var ids = gateway.Sandbox.Data.Documents.All().Take(6).Select(document => document.Id).ToArray();
        var query = "{ " + string.Join(" ", ids.Select((id, i) => $"d{i}: document(referenceId: \"{id}\") {{ documentType {{ name }} }}")) + " }";

        var response = await gateway.PostQueryAsync(query, withCost: true);

        var data = response.Data();
        for (var i = 0; i < ids.Length; i++)
        {
            var type = gateway.Sandbox.Data.Documents.Find(ids[i])!.Type!;
            Assert.Equal(gateway.Sandbox.Data.DocumentTypes.Find(type)!.Name, data.GetProperty($"d{i}").GetProperty("documentType").Text("name"));
        }

        Assert.Equal(1, UpstreamCost.From(response).Count("GET /v2/documents/types"));
    }

    [Fact]
    public async Task Document_types_list_every_type()
    {
        var types = (await gateway.PostQueryAsync("{ documentTypes { totalCount nodes { id referenceId name } } }")).Data().GetProperty("documentTypes");

        Assert.Equal(gateway.Sandbox.Data.DocumentTypes.All().Select(type => (type.Id, type.Name)), types.Nodes().Select(type => (type.Text("referenceId")!, type.Text("name")!)));
        Assert.Equal(gateway.Sandbox.Data.DocumentTypes.Count, types.GetProperty("totalCount").GetInt32());
    }
}
