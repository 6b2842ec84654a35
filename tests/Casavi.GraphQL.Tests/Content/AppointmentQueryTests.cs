using System.Globalization;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Content;

[Collection(GatewayTestGroup.Name)]
public sealed class AppointmentQueryTests(GatewayFixture gateway)
{
    [Fact]
    public async Task An_appointment_is_read_with_its_properties_and_roles()
    {
        var appointment = gateway.Sandbox.Data.Appointments.All().First(candidate => candidate.PropertyIds.Count > 1 && candidate.DateEnd is not null);

        var read = (await gateway.PostQueryAsync(
            """
            query ($id: String!) { appointment(referenceId: $id) {
              referenceId title text location authorReferenceId allDay showOnInfoboard notifyRecipients dateStart dateEnd roles
              propertyReferenceIds properties { referenceId } } }
            """,
            new { id = appointment.Id })).Data().GetProperty("appointment");

        Assert.Equal(appointment.Title, read.Text("title"));
        Assert.Equal(appointment.Location, read.Text("location"));
        Assert.Equal(appointment.DateStart, DateTimeOffset.Parse(read.Text("dateStart")!, CultureInfo.InvariantCulture));
        Assert.Equal(appointment.DateEnd, DateTimeOffset.Parse(read.Text("dateEnd")!, CultureInfo.InvariantCulture));
        Assert.Equal(appointment.Roles.Select(role => role.ToString().ToUpperInvariant()), read.GetProperty("roles").Texts());
        Assert.Equal(appointment.PropertyIds, read.GetProperty("propertyReferenceIds").Texts());
        Assert.Equal(appointment.PropertyIds, read.GetProperty("properties").EnumerateArray().Select(property => property.Text("referenceId")));
    }

    [Fact]
    public async Task Appointments_filtered_by_property_are_those_shared_there()
    {
        var propertyId = gateway.Sandbox.Data.Appointments.All()[0].PropertyIds[0];
        var expected = gateway.Sandbox.Data.Appointments.All().Where(appointment => appointment.PropertyIds.Contains(propertyId)).Select(appointment => appointment.Id);

        var read = (await gateway.PostQueryAsync("query ($p: String) { appointments(propertyId: $p, first: 100) { nodes { referenceId } } }", new { p = propertyId }))
            .Data().GetProperty("appointments");

        Assert.Equal(expected, read.Nodes().Select(appointment => appointment.Text("referenceId")));
    }

    [Fact]
    public async Task Appointments_list_every_appointment_and_prime_the_properties_batch()
    {
        var response = await gateway.PostQueryAsync("{ appointments(first: 100) { totalCount nodes { referenceId properties { name } } } }", withCost: true);

        var read = response.Data().GetProperty("appointments");
        Assert.Equal(gateway.Sandbox.Data.Appointments.Count, read.GetProperty("totalCount").GetInt32());
        Assert.Equal(gateway.Sandbox.Data.Appointments.All().Take(100).Select(appointment => appointment.Id), read.Nodes().Select(appointment => appointment.Text("referenceId")));
        Assert.Equal(0, UpstreamCost.From(response).Count("GET /v2/appointments/{appointmentId}"));
    }
}
