using Casavi.Client.Errors;
using Casavi.GraphQL.Kernel.Errors;
using GraphQL;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// Decides which casavi write failures are the caller's to fix (returned as user errors in the
/// payload) and which are not (rethrown: they become GraphQL errors with UPSTREAM_* codes).
/// </summary>
public static class WriteErrors
{
    /// <summary>casavi's answer to a create whose caller-chosen ID is taken.</summary>
    internal const int Conflict = 409;

    /// <summary>
    /// 409 → <see cref="ConflictError"/>; other refusals (400, 413, 422…) → <see cref="ValidationError"/>
    /// with casavi's message; 404 → <see cref="NotFoundError"/> for <paramref name="notFound"/> when
    /// the caller names the entity the write addresses. Null for everything else (credentials, rate
    /// limits, outages, an unnamed 404): those stay GraphQL errors.
    /// </summary>
    public static UserError? ToUserError(CasaviApiException exception, IReadOnlyList<string> path, WriteTarget? notFound = null) => exception switch
    {
        CasaviInvalidInputException { StatusCode: Conflict } conflict => new ConflictError($"casavi refused the write as a conflict: {GraphQLErrors.UpstreamWords(conflict)}.", path),
        CasaviInvalidInputException invalid => new ValidationError($"casavi refused the input: {GraphQLErrors.UpstreamWords(invalid)}.", path),
        CasaviNotFoundException when notFound is not null => notFound.Missing(),
        _ => null,
    };

    /// <summary>
    /// The GraphQL error (UPSTREAM_UNAVAILABLE) for a write casavi did not answer clearly (timeout, 5xx):
    /// it may or may not have been applied, and the caller has to know that before repeating it.
    /// </summary>
    public static ExecutionError Uncertain(Exception cause, string advice) =>
        new($"casavi did not answer the write clearly ({GraphQLErrors.UpstreamWords(cause)}); it may or may not have been applied. {advice}")
        {
            Code = ErrorCodes.UpstreamUnavailable,
            Extensions = new Dictionary<string, object?>(),
        };
}
