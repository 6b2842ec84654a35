using Casavi.GraphQL.Tests.Content;

namespace Casavi.GraphQL.Tests.Mutations;

[Collection(MutationTestGroup.Name)]
public sealed class StartImportTests(MutationGateway gateway) : IDisposable
{
    private const string Mutation = """
        mutation ($input: StartImportInput!) {
          startImport(input: $input) {
            jobReferenceId
            job { id referenceId completed progress updateExisting
              results { properties { created updated failed { entity } } units { created failed { entity errors { model field reason } } } contacts { created } } }
            errors { __typename message path }
          }
        }
        """;

    private const string ImportEndpoint = "POST /v2/import";

    [Fact]
    public async Task An_import_starts_a_job_that_can_be_queried_and_whose_entities_exist()
    {
        var propertyId = MutationResponses.UniqueId("P");
        var input = new
        {
            properties = new[] { new { id = propertyId, name = "Rheinblick 7", city = "Köln" } },
            units = new[] { Unit($"{propertyId}-01", propertyId, "Wohnung 1"), Unit($"{propertyId}-02", propertyId, "Wohnung 2") },
            contacts = new[] { new { id = MutationResponses.UniqueId("C"), lastName = "Becker", contracts = Array.Empty<object>() } },
        };

        var payload = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("startImport");

        payload.AssertNoUserErrors();
        var job = payload.GetProperty("job");
        var jobId = payload.Text("jobReferenceId")!;
        Assert.Equal(jobId, job.Text("referenceId"));
        Assert.True(job.GetProperty("updateExisting").GetBoolean());
        Assert.Equal(1, job.GetProperty("results").GetProperty("properties").GetProperty("created").GetInt32());
        Assert.Equal(2, job.GetProperty("results").GetProperty("units").GetProperty("created").GetInt32());
        Assert.Equal(1, job.GetProperty("results").GetProperty("contacts").GetProperty("created").GetInt32());

        var readBack = (await gateway.PostQueryAsync(
            "query ($job: String!, $node: ID!, $p: String!) { job(referenceId: $job) { completed progress } node(id: $node) { ... on ImportJob { referenceId } } property(referenceId: $p) { name city } }",
            new { job = jobId, node = job.Text("id"), p = propertyId })).Data();
        Assert.True(readBack.GetProperty("job").GetProperty("completed").GetBoolean());
        Assert.Equal(1, readBack.GetProperty("job").GetProperty("progress").GetDouble());
        Assert.Equal(jobId, readBack.GetProperty("node").Text("referenceId"));
        Assert.Equal("Rheinblick 7", readBack.GetProperty("property").Text("name"));
    }

    [Fact]
    public async Task Entities_casavi_cannot_import_are_reported_in_the_job()
    {
        var unitId = MutationResponses.UniqueId("U");
        var input = new { units = new[] { Unit(unitId, "P-NOPE", "Wohnung ohne Haus") } };

        var job = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("startImport").GetProperty("job");

        var failure = Assert.Single(job.GetProperty("results").GetProperty("units").GetProperty("failed").EnumerateArray());
        Assert.Equal(unitId, failure.GetProperty("entity").GetProperty("id").GetString());
        var error = Assert.Single(failure.GetProperty("errors").EnumerateArray());
        Assert.Equal(("propertyId", "not_found"), (error.Text("field"), error.Text("reason")));
    }

    [Fact]
    public async Task An_empty_import_is_refused_without_calling_casavi()
    {
        var imports = gateway.Sandbox.Requests.Count(ImportEndpoint);

        var payload = (await gateway.PostQueryAsync(Mutation, new { input = new { updateExisting = false } })).Payload("startImport");

        Assert.Single(payload.UserErrors()).AssertUserError("ValidationError", "input");
        Assert.Equal(imports, gateway.Sandbox.Requests.Count(ImportEndpoint));
    }

    [Fact]
    public async Task Duplicate_ids_and_blank_names_are_reported_where_they_are()
    {
        var jobs = gateway.Sandbox.Data.Jobs.Count;
        var input = new
        {
            properties = new[] { new { id = "P-DUP", name = "Eins" }, new { id = "P-DUP", name = " " } },
            units = new[] { Unit("U/1", "P-DUP", "") },
        };

        var payload = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("startImport");

        payload.ErrorAt("ValidationError", "input", "properties", "1", "id");
        payload.ErrorAt("ValidationError", "input", "properties", "1", "name");
        payload.ErrorAt("ValidationError", "input", "units", "0", "id");
        payload.ErrorAt("ValidationError", "input", "units", "0", "name");
        Assert.Equal(4, payload.UserErrors().Count);
        Assert.Equal(jobs, gateway.Sandbox.Data.Jobs.Count);
    }

    [Fact]
    public async Task More_entities_than_casavi_recommends_are_refused()
    {
        var imports = gateway.Sandbox.Requests.Count(ImportEndpoint);
        var contacts = Enumerable.Range(0, 20_001).Select(i => new { id = $"C{i}" }).ToArray();

        var payload = (await gateway.PostQueryAsync(Mutation, new { input = new { contacts } })).Payload("startImport");

        var error = Assert.Single(payload.UserErrors());
        error.AssertUserError("ValidationError", "input");
        Assert.Contains("20001", error.Text("message"), StringComparison.Ordinal);
        Assert.Equal(imports, gateway.Sandbox.Requests.Count(ImportEndpoint));
    }

    [Fact]
    public async Task A_body_over_15_megabytes_is_refused()
    {
        var note = new string('x', 16_000_000);
        var imports = gateway.Sandbox.Requests.Count(ImportEndpoint);

        var payload = (await gateway.PostQueryAsync(Mutation, new { input = new { properties = new[] { new { id = "P-BIG", name = "Groß", note } } } }))
            .Payload("startImport");

        var error = Assert.Single(payload.UserErrors());
        error.AssertUserError("ValidationError", "input");
        Assert.Contains("bytes of JSON", error.Text("message"), StringComparison.Ordinal);
        Assert.Equal(imports, gateway.Sandbox.Requests.Count(ImportEndpoint));
    }

    [Fact]
    public async Task An_import_whose_answer_is_lost_is_reported_and_not_repeated()
    {
        var imports = gateway.Sandbox.Requests.Count(ImportEndpoint);
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/import", 503, 1);

        var response = await gateway.PostQueryAsync(Mutation, new { input = new { properties = new[] { new { id = MutationResponses.UniqueId("P"), name = "Neu" } } } });

        Assert.Equal("UPSTREAM_UNAVAILABLE", response.ErrorCode());
        Assert.Equal(imports + 1, gateway.Sandbox.Requests.Count(ImportEndpoint));
    }

    private static object Unit(string id, string propertyId, string name) => new { id, propertyId, name, purpose = "PRIVATE" };

    public void Dispose() => gateway.Sandbox.Knobs.Reset();
}
