using Casavi.Contract.Content;
using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>Valid request bodies, written with the client's DTOs; a tag or an explicit id keeps their IDs unique.</summary>
internal static class ContractBodies
{
    public static StartImport Import(string tag) => new()
    {
        Properties = [new ImportProperty { Id = $"P-{tag}", Name = $"Contract test {tag}", Street = "Teststraße 1", PostalCode = "80331", City = "München" }],
        Units = [new ImportUnit { Id = $"P-{tag}-0001", PropertyId = $"P-{tag}", Name = "Whg 1", Purpose = UnitPurpose.Private }],
        Contacts =
        [
            new ImportContact
            {
                Id = $"C-{tag}",
                FirstName = "Erika",
                LastName = "Musterfrau",
                Contracts = [new ContactContract { PropertyId = $"P-{tag}", UnitId = $"P-{tag}-0001", Type = ContractType.Owner, StartDate = DateTimeOffset.UnixEpoch }],
            },
        ],
    };

    public static CreatePost Post(string propertyId, string? id = null) =>
        new() { Id = id, Title = "Aufzug Reparatur", Text = "Der Aufzug steht am Montag still.", PropertyId = propertyId };

    public static CreateAppointment Appointment(string propertyId, string? id = null) => new()
    {
        Id = id,
        Title = "Eigentümerversammlung",
        PropertyIds = [propertyId],
        Roles = [AppointmentRole.Owner],
        DateStart = new DateTimeOffset(2030, 5, 4, 18, 0, 0, TimeSpan.Zero),
    };

    public static CreateTicketSurvey Survey(string id, string assignedToId) => new()
    {
        Id = id,
        AssignedToId = assignedToId,
        Title = "Termin für die Reparatur",
        Choices = [new SurveyChoice(1, "Vormittags"), new SurveyChoice(2, "Nachmittags")],
    };

    public static CreateRestHook RestHook() => new() { TargetUrl = "http://127.0.0.1:9/casavi-hook", Event = "ticket.created" };
}
