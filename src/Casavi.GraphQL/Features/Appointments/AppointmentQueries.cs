using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Appointments;

public sealed class AppointmentQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, AppointmentGraphType>("appointments")
            .Description("The appointments of the account, in casavi's order (GET /v2/appointments).")
            .Argument<IdGraphType>("propertyId", "Only appointments shared in the property with this reference ID.")
            .ResolveAsync(async context =>
            {
                var propertyId = context.GetArgument<string?>("propertyId");
                var api = context.Service<IAppointmentsApi>();
                var loader = context.Service<AppointmentByIdLoader>();
                var list = new CasaviList<Appointment>($"appointments?propertyId={propertyId}", token => api.ListAsync(propertyId, token));
                return await context.ResolveListAsync(list, appointment => loader.Prime(appointment.Id, appointment));
            });

        query.ReferenceIdField<AppointmentGraphType, AppointmentByIdLoader, Appointment>("appointment", "Appointment");
    }
}
