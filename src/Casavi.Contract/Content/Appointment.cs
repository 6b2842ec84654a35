using System.ComponentModel;
using System.Runtime.Serialization;

namespace Casavi.Contract.Content;

/// <summary>An appointment as read back (assumed: the CreateAppointment fields plus the generated id).</summary>
public sealed record Appointment
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Text { get; init; }
    public string? Location { get; init; }
    public string? AuthorId { get; init; }
    public bool? AllDay { get; init; }
    public bool? ShowOnInfoboard { get; init; }
    public List<string> PropertyIds { get; init; } = [];
    public List<AppointmentRole> Roles { get; init; } = [];
    public bool? NotifyRecipients { get; init; }
    public DateTimeOffset DateStart { get; init; }
    public DateTimeOffset? DateEnd { get; init; }
}

public sealed record CreateAppointment
{
    public string? Id { get; init; }
    public required string Title { get; init; }
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
}

public enum AppointmentRole
{
    [Description("A value casavi added after this gateway was built.")] Unknown,
    [Description("Renters of the property receive the appointment.")] [EnumMember(Value = "renter")] Renter,
    [Description("Owners of the property receive the appointment.")] [EnumMember(Value = "owner")] Owner,
    [Description("Everyone living in the property receives the appointment.")] [EnumMember(Value = "resident")] Resident,
}
