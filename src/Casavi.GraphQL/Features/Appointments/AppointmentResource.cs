using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Appointments;

/// <summary>casavi's appointments: by id and as a list casavi filters by property.</summary>
public sealed class AppointmentResource : CasaviResource<Appointment, AppointmentGraphType, IAppointmentsApi>
{
    /// <summary>What mutations refer to or write.</summary>
    public static EntityKind<Appointment> Kind { get; } = EntityKind.Of(new AppointmentResource());

    public AppointmentResource()
        : base("Appointment", appointment => appointment.Id, (api, id, token) => api.GetAsync(id, token), (api, token) => api.ListAsync(null, token))
    {
        ByIdField = "appointment";
        ByIdRouteIsAssumed = true;
        RootList = PropertyFilteredList.Of<Appointment, IAppointmentsApi>(
            "appointments",
            "The appointments of the account, in casavi's order (GET /v2/appointments); `propertyId`, or one value in `where: { propertyReferenceIds: { some: { eq: … } } }`, is passed on to casavi.",
            "Only appointments shared in the property with this reference ID.",
            (api, filter, token) => api.ListAsync(filter.PropertyId, token),
            (where, propertyId) => where.Some("propertyReferenceIds", propertyId));
    }
}
