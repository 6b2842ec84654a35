using Casavi.Contract;
using Microsoft.AspNetCore.WebUtilities;

namespace Casavi.Sandbox.Http;

/// <summary>Answers written with casavi's JSON conventions.</summary>
internal static class CasaviResults
{
    public static IResult Ok<T>(T value) => Results.Json(value, CasaviJson.Options);

    public static IResult Created<T>(T value) =>
        Results.Json(value, CasaviJson.Options, statusCode: StatusCodes.Status201Created);

    public static CasaviError Error(int statusCode, string message) => new()
    {
        StatusCode = statusCode,
        Error = ReasonPhrases.GetReasonPhrase(statusCode),
        Message = message,
    };

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message)
    {
        context.Response.StatusCode = statusCode;
        return context.Response.WriteAsJsonAsync(Error(statusCode, message), CasaviJson.Options, context.RequestAborted);
    }
}
