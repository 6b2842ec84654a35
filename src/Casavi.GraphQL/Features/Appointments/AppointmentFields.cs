using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Appointments;

/// <summary>What lists of appointments can be filtered and sorted by.</summary>
public sealed class AppointmentFields : QueryableFields<Appointment>
{
    public AppointmentFields()
        : base("Appointment", appointment => appointment.Id)
    {
        Text("referenceId", appointment => appointment.Id, "Identifier of the appointment.");
        Text("title", appointment => appointment.Title, "Title of the appointment.");
        Text("text", appointment => appointment.Text, "Body text of the appointment.");
        Text("location", appointment => appointment.Location, "Where the appointment takes place.");
        Text("authorReferenceId", appointment => appointment.AuthorId, "Id of the user who created the appointment.");
        YesNo("allDay", appointment => appointment.AllDay, "Whether the appointment lasts all day.");
        YesNo("showOnInfoboard", appointment => appointment.ShowOnInfoboard, "Whether the appointment is shown on the info board.");
        YesNo("notifyRecipients", appointment => appointment.NotifyRecipients, "Whether casavi users were notified of the appointment by message.");
        Texts("propertyReferenceIds", appointment => appointment.PropertyIds, "Reference IDs of the properties the appointment is shared in.");
        Choices<AppointmentRole>("roles", appointment => appointment.Roles, "The roles that receive the appointment.");
        Moment("dateStart", appointment => appointment.DateStart, "When the appointment begins.");
        Moment("dateEnd", appointment => appointment.DateEnd, "When the appointment ends; missing when open.");
    }
}
