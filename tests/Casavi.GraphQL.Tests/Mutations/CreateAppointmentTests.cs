using System.Globalization;
using Casavi.Contract.Content;
using Casavi.GraphQL.Tests.Content;

namespace Casavi.GraphQL.Tests.Mutations;

[Collection(MutationTestGroup.Name)]
public sealed class CreateAppointmentTests(MutationGateway gateway) : IDisposable
{
    public const string Mutation = """
        mutation ($input: CreateAppointmentInput!) {
          createAppointment(input: $input) {
            outcome
            appointment { id referenceId title dateStart dateEnd roles properties { referenceId } }
            errors { __typename message path ... on NotFoundError { entityType referenceId } }
          }
        }
        """;

    private const string CreateEndpoint = "POST /v2/appointments";

    [Fact]
    public async Task An_appointment_is_created_and_read_back()
    {
        var input = Input(gateway, MutationResponses.UniqueId("appointment"));

        var payload = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("createAppointment");

        payload.AssertNoUserErrors();
        Assert.Equal("CREATED", payload.Text("outcome"));
        var created = payload.GetProperty("appointment");
        Assert.Equal(input["propertyIds"], created.GetProperty("properties").EnumerateArray().Select(property => property.Text("referenceId")));
        Assert.Equal(["OWNER", "RESIDENT"], created.GetProperty("roles").Texts());
        var stored = gateway.Sandbox.Data.Appointments.Find((string)input["id"]!)!;
        Assert.Equal([AppointmentRole.Owner, AppointmentRole.Resident], stored.Roles);
        Assert.Equal(DateTimeOffset.Parse((string)input["dateStart"]!, CultureInfo.InvariantCulture), stored.DateStart);

        var secondProperty = ((string[])input["propertyIds"]!)[1];
        var readBack = (await gateway.PostQueryAsync(
            "query ($id: String!, $p: String) { appointment(referenceId: $id) { id title } appointments(propertyId: $p, first: 100) { nodes { referenceId } } }",
            new { id = input["id"], p = secondProperty })).Data();
        Assert.Equal(created.Text("id"), readBack.GetProperty("appointment").Text("id"));
        Assert.Contains(input["id"], readBack.GetProperty("appointments").Nodes().Select(node => node.Text("referenceId")));
    }

    [Fact]
    public async Task Dates_duplicates_and_roles_are_checked_before_casavi_is_called()
    {
        var input = Input(gateway, "bad/id");
        var propertyId = ((string[])input["propertyIds"]!)[0];
        input["propertyIds"] = new[] { propertyId, "  ", propertyId };
        input["roles"] = new[] { "OWNER", "OWNER", "RENTER" };
        input["dateEnd"] = "2026-12-01T08:00:00Z";
        var requests = gateway.Sandbox.Requests.Total;

        var payload = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("createAppointment");

        payload.ErrorAt("ValidationError", "input", "id");
        payload.ErrorAt("ValidationError", "input", "dateEnd");
        payload.ErrorAt("ValidationError", "input", "propertyIds", "1");
        payload.ErrorAt("ValidationError", "input", "propertyIds", "2");
        payload.ErrorAt("ValidationError", "input", "roles", "1");
        Assert.Equal(5, payload.UserErrors().Count);
        Assert.Equal(requests, gateway.Sandbox.Requests.Total);
    }

    [Fact]
    public async Task No_property_at_all_is_a_validation_error()
    {
        var input = Input(gateway, null);
        input["propertyIds"] = Array.Empty<string>();

        var payload = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("createAppointment");

        Assert.Single(payload.UserErrors()).AssertUserError("ValidationError", "input", "propertyIds");
    }

    [Fact]
    public async Task Each_unknown_property_is_a_not_found_error_at_its_index()
    {
        var input = Input(gateway, MutationResponses.UniqueId("appointment"));
        input["propertyIds"] = new[] { "P-NOPE-1", gateway.Sandbox.Data.Properties.All()[0].Id, "P-NOPE-2" };
        var creates = gateway.Sandbox.Requests.Count(CreateEndpoint);

        var payload = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("createAppointment");

        Assert.Equal(2, payload.UserErrors().Count);
        Assert.Equal("P-NOPE-1", payload.ErrorAt("NotFoundError", "input", "propertyIds", "0").Text("referenceId"));
        Assert.Equal("P-NOPE-2", payload.ErrorAt("NotFoundError", "input", "propertyIds", "2").Text("referenceId"));
        Assert.Equal(creates, gateway.Sandbox.Requests.Count(CreateEndpoint));
        Assert.Null(gateway.Sandbox.Data.Appointments.Find((string)input["id"]!));
    }

    [Fact]
    public async Task A_taken_id_is_a_conflict_error()
    {
        var taken = gateway.Sandbox.Data.Appointments.All()[0].Id;

        var payload = (await gateway.PostQueryAsync(Mutation, new { input = Input(gateway, taken) })).Payload("createAppointment");

        Assert.Single(payload.UserErrors()).AssertUserError("ConflictError", "input", "id");
    }

    internal static Dictionary<string, object?> Input(MutationGateway gateway, string? id) => new()
    {
        ["id"] = id,
        ["title"] = "Eigentümerversammlung",
        ["location"] = "Gemeinschaftsraum",
        ["propertyIds"] = gateway.Sandbox.Data.Properties.All().Take(2).Select(property => property.Id).ToArray(),
        ["roles"] = new[] { "OWNER", "RESIDENT" },
        ["dateStart"] = "2026-12-03T17:00:00Z",
        ["dateEnd"] = "2026-12-03T19:00:00Z",
    };

    public void Dispose() => gateway.Sandbox.Knobs.Reset();
}
