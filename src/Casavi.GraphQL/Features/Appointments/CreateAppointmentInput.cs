using Casavi.Contract.Content;

namespace Casavi.GraphQL.Features.Appointments;

/// <summary>The <c>createAppointment</c> input; mirrors casavi's CreateAppointment.</summary>
public sealed record CreateAppointmentInput
{
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    public string? Text { get; init; }
    public string? Location { get; init; }
    public string? AuthorId { get; init; }
    public bool? AllDay { get; init; }
    public bool? ShowOnInfoboard { get; init; }
    public List<string> PropertyIds { get; init; } = [];
    public List<AppointmentRole>? Roles { get; init; }
    public bool? NotifyRecipients { get; init; }
    public DateTimeOffset DateStart { get; init; }
    public DateTimeOffset? DateEnd { get; init; }

    public CreateAppointment ToCasavi() => new()
    {
        Id = Id,
        Title = Title,
        Text = Text,
        Location = Location,
        AuthorId = AuthorId,
        AllDay = AllDay,
        ShowOnInfoboard = ShowOnInfoboard,
        PropertyIds = PropertyIds,
        Roles = Roles,
        NotifyRecipients = NotifyRecipients,
        DateStart = DateStart,
        DateEnd = DateEnd,
    };

    /// <summary>Whether an appointment read back by the reference ID is the one this input describes.</summary>
    public bool Describes(Appointment appointment) =>
        appointment.Title == Title
        && appointment.DateStart == DateStart
        && appointment.PropertyIds.ToHashSet(StringComparer.Ordinal).SetEquals(PropertyIds);
}
