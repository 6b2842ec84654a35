using Casavi.Contract.Content;

namespace Casavi.Sandbox.Tests.Writes;

[Collection(WritableSandbox.Name)]
public sealed class AppointmentWriteTests(SandboxHost host)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_created_appointment_is_readable_with_default_roles()
    {
        var body = new CreateAppointment { Id = "appointment-write-1", Title = "Eigentümerversammlung", PropertyIds = ["P-00005", "P-00006"], DateStart = Start, DateEnd = Start.AddHours(2) };

        using var response = await host.Client.PostAsync("/v2/appointments", CasaviBody.Body(body));
        var read = CasaviBody.Read<Appointment>(await host.GetJsonAsync("/v2/appointments/appointment-write-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal([AppointmentRole.Renter, AppointmentRole.Owner, AppointmentRole.Resident], read.Roles);
        Assert.Equal(Start, read.DateStart);
        Assert.Contains(await host.WalkAsync("/v2/appointments?propertyId=P-00006"), a => a.GetProperty("id").GetString() == "appointment-write-1");
    }

    [Theory]
    [InlineData("""{"title":"T","propertyIds":[],"dateStart":"2026-12-03T18:00:00Z"}""", "propertyIds must name at least one property")]
    [InlineData("""{"title":"T","propertyIds":["P-99999"],"dateStart":"2026-12-03T18:00:00Z"}""", "propertyIds: property 'P-99999' not found")]
    [InlineData("""{"title":"T","propertyIds":["P-00001"]}""", "dateStart is required")]
    [InlineData("""{"title":"T","propertyIds":["P-00001"],"dateStart":"2026-12-03T18:00:00Z","dateEnd":"2026-12-03T17:00:00Z"}""", "dateEnd must not be before dateStart")]
    [InlineData("""{"title":"T","propertyIds":["P-00001"],"dateStart":"2026-12-03T18:00:00Z","roles":["tenant"]}""", "roles may only be renter, owner or resident")]
    public async Task An_invalid_appointment_is_refused(string body, string message)
    {
        using var response = await host.Client.PostAsync("/v2/appointments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task A_second_appointment_with_the_same_id_conflicts()
    {
        var body = new CreateAppointment { Id = "appointment-write-twice", Title = "T", PropertyIds = ["P-00001"], DateStart = Start };
        using var first = await host.Client.PostAsync("/v2/appointments", CasaviBody.Body(body));

        using var second = await host.Client.PostAsync("/v2/appointments", CasaviBody.Body(body));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await ErrorBody.AssertAsync(second, HttpStatusCode.Conflict, "An appointment with id 'appointment-write-twice' already exists");
    }
}
