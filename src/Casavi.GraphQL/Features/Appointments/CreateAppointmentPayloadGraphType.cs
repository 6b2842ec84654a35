using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Appointments;

public sealed class CreateAppointmentPayloadGraphType : PayloadGraphType<CreateAppointmentPayload>
{
    public CreateAppointmentPayloadGraphType()
        : base("CreateAppointmentPayload", "The result of `createAppointment`.")
    {
        Field<AppointmentGraphType>("appointment").Description("The created appointment; null when `errors` is not empty.").Resolve(context => context.Source.Appointment);
        Field<WriteOutcomeGraphType>("outcome").Description("How the create reached casavi; null when `errors` is not empty.").Resolve(context => context.Source.Outcome);
    }
}
