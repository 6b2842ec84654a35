using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Writes;

/// <summary>Body checks that answer 400 with the offending field named.</summary>
internal static class Require
{
    public static string Text(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw CasaviProblem.BadRequest($"{field} is required") : value;

    /// <summary>An optional reference ID: absent is fine, blank is not.</summary>
    public static string? OptionalId(string? value, string field) =>
        value is not null && string.IsNullOrWhiteSpace(value) ? throw CasaviProblem.BadRequest($"{field} must not be empty") : value;

    public static void That(bool condition, string message)
    {
        if (!condition)
            throw CasaviProblem.BadRequest(message);
    }
}
