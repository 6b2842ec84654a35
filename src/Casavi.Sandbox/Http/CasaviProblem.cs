namespace Casavi.Sandbox.Http;

/// <summary>
/// An answer casavi gives instead of the requested resource (400, 404, 409...). Thrown from deep inside
/// a handler and written as a <see cref="Contract.CasaviError"/> body by <see cref="ProblemMiddleware"/>.
/// </summary>
internal sealed class CasaviProblem(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public static CasaviProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static CasaviProblem NotFound(string what) => new(StatusCodes.Status404NotFound, $"{what} not found");

    public static CasaviProblem Conflict(string message) => new(StatusCodes.Status409Conflict, message);
}
