using Casavi.Client.Diagnostics;
using Casavi.Client.Errors;
using Casavi.Contract;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Casavi.Client;

/// <summary>Refit settings of every casavi interface: casavi's JSON, query formats and typed exceptions.</summary>
internal static class CasaviRefitSettings
{
    public static RefitSettings Create(IServiceProvider services)
    {
        var time = services.GetRequiredService<TimeProvider>();
        return new RefitSettings(new SystemTextJsonContentSerializer(CasaviJson.Options), new CasaviUrlParameterFormatter())
        {
            ExceptionFactory = response => CreateExceptionAsync(response, time),
            DeserializationExceptionFactory = (response, error) => ValueTask.FromResult<Exception?>(new CasaviUnavailableException(
                $"casavi {CasaviEndpoints.Of(response.RequestMessage)} answered a body that could not be read: {error.Message}",
                (int)response.StatusCode,
                error) { Reason = "answered a body that could not be read" }),
            // CasaviTransportErrorHandler has typed the failure already; Refit's default would wrap it in ApiRequestException.
            TransportExceptionFactory = (_, error, _) => error,
        };
    }

    private static async ValueTask<Exception?> CreateExceptionAsync(HttpResponseMessage response, TimeProvider time) =>
        response.IsSuccessStatusCode
            ? null
            : await CasaviErrorMapper.FromResponseAsync(response, CasaviEndpoints.Of(response.RequestMessage), time, CancellationToken.None);
}
