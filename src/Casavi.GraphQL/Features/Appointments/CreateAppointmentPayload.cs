using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Appointments;

public sealed record CreateAppointmentPayload(Appointment? Appointment, WriteOutcome? Outcome, IReadOnlyList<UserError> Errors) : MutationPayload(Errors);
