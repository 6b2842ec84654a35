using System.Globalization;
using Casavi.Sandbox.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Casavi.Sandbox.Faults;

/// <summary>Answers a /v2 request with a scripted or random fault instead of the real answer.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, SandboxKnobs knobs)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var randomFaultsApply = !request.Path.Equals(ApiRoutes.Authenticate);
        var fault = knobs.NextFault(request.Method, request.Path.Value ?? string.Empty, randomFaultsApply);
        if (fault is null)
            return next(context);
        if (fault.RetryAfterSeconds is { } seconds)
            context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        var message = fault.Status switch
        {
            StatusCodes.Status429TooManyRequests => "Rate limit exceeded, retry later",
            StatusCodes.Status503ServiceUnavailable => "Service temporarily unavailable",
            _ => ReasonPhrases.GetReasonPhrase(fault.Status),
        };
        return CasaviResults.WriteErrorAsync(context, fault.Status, message);
    }
}
