using Casavi.Contract;
using Casavi.Contract.Content;
using Refit;

namespace Casavi.Client.Api;

/// <summary>Assumed endpoints: the excerpt has only the CreateAppointment schema.</summary>
public interface IAppointmentsApi
{
    [Get("/v2/appointments")]
    Task<Page<Appointment>> ListAsync(string? propertyId = null, CancellationToken cancellationToken = default);

    [Get("/v2/appointments/{appointmentId}")]
    Task<Appointment> GetAsync(string appointmentId, CancellationToken cancellationToken = default);

    [Post("/v2/appointments")]
    Task<Appointment> CreateAsync([Body] CreateAppointment appointment, CancellationToken cancellationToken = default);
}
