using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Appointments;

public sealed class AppointmentNodeSource() : LoaderNodeSource<AppointmentGraphType, AppointmentByIdLoader, Appointment>("Appointment");
