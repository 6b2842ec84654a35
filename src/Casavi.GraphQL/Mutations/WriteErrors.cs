using Casavi.Client.Errors;

namespace Casavi.GraphQL.Mutations;

/// <summary>
/// Decides which casavi write failures are the caller's to fix (returned as user errors in the
/// payload) and which are not (rethrown: they become GraphQL errors with UPSTREAM_* codes).
/// </summary>
public static class WriteErrors
{
    private const int Conflict = 409;

    /// <summary>
    /// 409 → <see cref="ConflictError"/>; other refusals (400, 413, 422…) → <see cref="ValidationError"/>
    /// with casavi's message; 404 → <see cref="NotFoundError"/> for <paramref name="notFound"/> when
    /// the caller names the entity the write addresses. Null for everything else (credentials, rate
    /// limits, outages, an unnamed 404): those stay GraphQL errors.
    /// </summary>
    public static UserError? ToUserError(CasaviApiException exception, IReadOnlyList<string> path, WriteTarget? notFound = null) => exception switch
    {
        CasaviInvalidInputException { StatusCode: Conflict } conflict => new ConflictError($"casavi refused the write as a conflict: {conflict.Message}", path),
        CasaviInvalidInputException invalid => new ValidationError($"casavi refused the input: {invalid.Message}", path),
        CasaviNotFoundException when notFound is not null => notFound.Missing(),
        _ => null,
    };

    /// <summary>Runs <paramref name="write"/>; a failure the caller can fix comes back as the user error, anything else is rethrown.</summary>
    public static async Task<UserError?> TryAsync(Func<Task> write, IReadOnlyList<string> path, WriteTarget? notFound = null)
    {
        try
        {
            await write();
            return null;
        }
        catch (CasaviApiException exception) when (ToUserError(exception, path, notFound) is { } error)
        {
            return error;
        }
    }

    /// <summary>Like <see cref="TryAsync(Func{Task}, IReadOnlyList{string}, WriteTarget?)"/> for writes that answer with the written entity.</summary>
    public static async Task<WriteResult<T>> TryAsync<T>(Func<Task<T>> write, IReadOnlyList<string> path, WriteTarget? notFound = null)
    {
        try
        {
            return new WriteResult<T>(await write(), null);
        }
        catch (CasaviApiException exception) when (ToUserError(exception, path, notFound) is { } error)
        {
            return new WriteResult<T>(default, error);
        }
    }
}

/// <summary>The written entity, or the user error that prevented the write.</summary>
public readonly record struct WriteResult<T>(T? Value, UserError? Error);

/// <summary>The entity a write addresses, named so casavi's 404 can be reported as a <see cref="NotFoundError"/>.</summary>
public sealed record WriteTarget(string EntityType, string ReferenceId, IReadOnlyList<string> Path)
{
    public NotFoundError Missing() => new($"{EntityType} '{ReferenceId}' does not exist in casavi.", Path, EntityType, ReferenceId);
}
