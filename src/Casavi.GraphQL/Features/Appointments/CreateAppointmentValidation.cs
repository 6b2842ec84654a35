using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Appointments;

/// <summary>What casavi would refuse in a new appointment, checked before it is asked.</summary>
internal static class CreateAppointmentValidation
{
    public static void Validate(InputValidator check, CreateAppointmentInput input)
    {
        check.ReferenceId(input.Id, "id");
        check.Required(input.Title, "title");
        check.NotBefore(input.DateEnd, input.DateStart, "dateEnd", "dateStart");
        if (check.NotEmpty(input.PropertyIds, "propertyIds"))
        {
            check.NoBlankItems(input.PropertyIds, "propertyIds");
            check.Unique(input.PropertyIds, "propertyIds", StringComparer.Ordinal);
        }

        if (input.Roles is { } roles)
            check.Unique(roles, "roles");
    }
}
