using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Appointments;

/// <summary>Appointments by reference ID: by id for small batches, one walk of <c>GET /v2/appointments</c> for large ones.</summary>
public sealed class AppointmentByIdLoader(IAppointmentsApi appointments, ListScanner scanner, IOptions<BatchingOptions> options) : ReferenceLoader<Appointment>(options)
{
    protected override string KeyOf(Appointment value) => value.Id;

    protected override Task<Appointment> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        appointments.GetAsync(key, cancellationToken);

    protected override IAsyncEnumerable<Appointment> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("appointments", token => appointments.ListAsync(cancellationToken: token), cancellationToken);
}
