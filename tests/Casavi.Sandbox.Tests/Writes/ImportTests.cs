using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Tests.Writes;

/// <summary>POST /v2/import applies master data at once and records a finished job with per-entity results.</summary>
[Collection(WritableSandbox.Name)]
public sealed class ImportTests(SandboxHost host)
{
    [Fact]
    public async Task New_master_data_is_imported_and_readable()
    {
        var job = await ImportAsync(new
        {
            properties = new[] { new { id = "IMP-P1", name = "WEG Importweg 1", street = "Importweg 1", postalCode = "50667", city = "Köln" } },
            units = new[] { new { id = "IMP-P1-0001", propertyId = "IMP-P1", name = "Wohnung 1", purpose = "private", address = "Importweg 1" } },
            contacts = new[] { new { id = "IMP-C1", firstName = "Ida", lastName = "Import", contracts = new[] { new { unitId = "IMP-P1-0001", type = "owner", startDate = "2026-01-01T00:00:00Z" } } } },
        });

        Assert.Equal((true, false, 1.0, "api", "MASTER_DATA"), (job.Completed, job.Running, job.Progress, job.UploadType, job.IntegrationType));
        Assert.Equal((1, 1, 1), (job.Results!.Properties!.Created, job.Results.Units!.Created, job.Results.Contacts!.Created));
        var property = CasaviBody.Read<Property>(await host.GetJsonAsync("/v2/properties/IMP-P1"));
        var unit = CasaviBody.Read<Unit>(await host.GetJsonAsync("/v2/units/IMP-P1-0001"));
        var contact = CasaviBody.Read<Contact>(await host.GetJsonAsync("/v2/contacts/IMP-C1"));
        Assert.Equal(["IMP-P1-0001"], Assert.Single(property.Addresses).Units);
        var contract = Assert.Single(unit.Contracts);
        Assert.Equal(["IMP-C1"], contract.Contacts);
        Assert.Equal((contract.Id, "IMP-P1", ContractType.Owner), (Assert.Single(contact.Contracts).Id, contact.Contracts[0].PropertyId, contact.Contracts[0].Type));
    }

    [Fact]
    public async Task Entities_with_errors_are_reported_with_the_entity_as_sent()
    {
        var job = await ImportAsync(new
        {
            units = new object[]
            {
                new { id = "IMP-ORPHAN", propertyId = "P-99999", name = "Wohnung" },
                new { id = "IMP-NAMELESS", propertyId = "P-00001" },
            },
        });

        var failed = job.Results!.Units!.Failed;
        Assert.Equal(0, job.Results.Units.Created);
        Assert.Equal(2, failed.Count);
        Assert.Equal(("Unit", "propertyId", "not_found"), Only(failed[0]));
        Assert.Equal("IMP-ORPHAN", failed[0].Entity!.Value.GetProperty("id").GetString());
        Assert.Equal(("Unit", "name", "required"), Only(failed[1]));
        Assert.Null(host.Server.Data.Units.Find("IMP-ORPHAN"));
    }

    [Fact]
    public async Task Existing_entities_are_left_alone_unless_updates_are_allowed()
    {
        var original = host.Server.Data.Properties.Find("P-00007")!.Name;

        var refused = await ImportAsync(new { updateExisting = false, properties = new[] { new { id = "P-00007", name = "Umbenannt" } } });
        Assert.Equal(("Property", "id", "already_exists"), Only(Assert.Single(refused.Results!.Properties!.Failed)));
        Assert.Equal(original, host.Server.Data.Properties.Find("P-00007")!.Name);

        var applied = await ImportAsync(new { properties = new[] { new { id = "P-00007", name = "Umbenannt" } } });
        Assert.Equal(1, applied.Results!.Properties!.Updated);
        Assert.Equal("Umbenannt", host.Server.Data.Properties.Find("P-00007")!.Name);
        Assert.NotEmpty(host.Server.Data.Properties.Find("P-00007")!.Responsibilities);
    }

    [Fact]
    public async Task A_contact_needs_a_name_and_known_units()
    {
        var job = await ImportAsync(new
        {
            contacts = new object[]
            {
                new { id = "IMP-NONAME" },
                new { id = "IMP-C2", companyName = "Import GmbH", contracts = new[] { new { unitId = "P-00001-9999", type = "renter" } } },
            },
        });

        var failed = job.Results!.Contacts!.Failed;
        Assert.Equal(("Contact", "lastName", "required"), Only(failed[0]));
        Assert.Equal(("Contract", "unitId", "not_found"), Only(failed[1]));
    }

    [Fact]
    public async Task A_malformed_import_is_refused_before_any_job_starts()
    {
        var jobs = host.Server.Data.Jobs.Count;

        using var response = await host.Client.PostAsync("/v2/import", CasaviBody.Body(new { updateExisting = "yes" }));

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "updateExisting must be true or false");
        Assert.Equal(jobs, host.Server.Data.Jobs.Count);
    }

    private async Task<ImportJob> ImportAsync(object body)
    {
        using var response = await host.Client.PostAsync("/v2/import", CasaviBody.Body(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await CasaviBody.ReadAsync<ImportStarted>(response);
        Assert.Matches("^[0-9a-f]{24}$", started.JobId);
        return CasaviBody.Read<ImportJob>(await host.GetJsonAsync($"/v2/jobs/{started.JobId}"));
    }

    private static (string?, string?, string?) Only(ImportFailure failure)
    {
        var error = Assert.Single(failure.Errors);
        return (error.Model, error.Field, error.Reason);
    }
}
