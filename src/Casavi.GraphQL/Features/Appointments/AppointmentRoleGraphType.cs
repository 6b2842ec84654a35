using Casavi.Contract.Content;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Appointments;

public sealed class AppointmentRoleGraphType : EnumerationGraphType<AppointmentRole>
{
    public AppointmentRoleGraphType()
    {
        Name = "AppointmentRole";
        Description = "A role that receives an appointment. UNKNOWN stands for a value casavi added after this gateway was built.";
    }
}
