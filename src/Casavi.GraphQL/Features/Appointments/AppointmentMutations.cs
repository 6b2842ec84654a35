using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Appointments;

public sealed class AppointmentMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<CreateAppointmentInputGraphType, CreateAppointmentPayloadGraphType>("createAppointment")
            .Description("Creates an appointment for one or more properties (POST /v2/appointments). The input is checked before casavi is called; "
                + "with your own `id` a create whose answer is lost is checked and, if needed, repeated once (see `WriteOutcome`).")
            .ResolveAsync(async context => await CreateAsync(context, context.GetInput<CreateAppointmentInput>()));

    private static async Task<CreateAppointmentPayload> CreateAsync(IResolveFieldContext context, CreateAppointmentInput input)
    {
        var check = Validate(input);
        if (!check.HasErrors)
            await check.RequireExistingAsync(context.Service<ResourceLoader<Property>>(), "Property", "propertyIds", input.PropertyIds, isList: true, context.CancellationToken);
        if (check.HasErrors)
            return new CreateAppointmentPayload(null, null, check.Errors);

        var appointments = context.Service<IAppointmentsApi>();
        var create = new RecoverableCreate<Appointment>(
            "Appointment", input.Id, token => appointments.CreateAsync(input.ToCasavi(), token), appointments.GetAsync, input.Describes);
        var result = await create.RunAsync(check.Path, context.CancellationToken);
        if (result.Value is { } appointment)
            context.Service<ResourceLoader<Appointment>>().Prime(appointment.Id, appointment);
        return new CreateAppointmentPayload(result.Value, result.Outcome, result.Error is { } error ? [error] : []);
    }

    private static InputValidator Validate(CreateAppointmentInput input)
    {
        var check = new InputValidator();
        check.ReferenceId(input.Id, "id");
        check.Required(input.Title, "title");
        check.NotBefore(input.DateEnd, input.DateStart, "dateEnd", "dateStart");
        if (check.NotEmpty(input.PropertyIds, "propertyIds"))
        {
            check.NoBlankItems(input.PropertyIds, "propertyIds");
            check.Unique(input.PropertyIds, "propertyIds", StringComparer.Ordinal);
        }

        if (input.Roles is { } roles)
        {
            check.Unique(roles, "roles");
            for (var i = 0; i < roles.Count; i++)
            {
                if (roles[i] == AppointmentRole.Unknown)
                    check.Add(new ValidationError("UNKNOWN is not a role casavi accepts; use RENTER, OWNER or RESIDENT.", check.PathOf("roles", i)));
            }
        }

        return check;
    }
}
