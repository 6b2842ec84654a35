using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Appointments;

public sealed class AppointmentMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<CreateAppointmentInputGraphType, CreateAppointmentInput>(
                "createAppointment",
                "Creates an appointment for one or more properties (POST /v2/appointments). The input is checked before casavi is called; "
                + "with your own `id` a create whose answer is lost is checked and, if needed, repeated once (see `WriteOutcome`).")
            .Validate(CreateAppointmentValidation.Validate)
            .ReferencesEach(PropertyResource.Kind, "propertyIds", input => input.PropertyIds)
            .ChoosesId(AppointmentResource.Kind.Name, "id", input => input.Id)
            .WriteRecoverable<IAppointmentsApi, Appointment>(
                AppointmentResource.Kind, (appointments, input, token) => appointments.CreateAsync(input.ToCasavi(), token), (input, appointment) => input.Describes(appointment))
            .ReturnsNode<AppointmentGraphType>("appointment", "The created appointment");
}
