using Casavi.GraphQL.Kernel.Errors;
using GraphQL;

namespace Casavi.GraphQL.Kernel.Relay;

/// <summary>
/// The form of a casavi reference ID, checked before it goes into a URL path (GET /v2/posts/{id}):
/// one segment that cannot climb out of its collection ('.', '..', '/') or smuggle anything else in.
/// </summary>
public static class ReferenceIds
{
    /// <summary>The longest reference ID accepted; casavi documents no limit, this keeps IDs usable in URLs and UIs.</summary>
    public const int MaxLength = 255;

    /// <summary>What is wrong with <paramref name="id"/> ("must …"), or null when it is a well-formed reference ID.</summary>
    public static string? Problem(string id)
    {
        if (id.Length is 0 or > MaxLength)
            return $"must be 1 to {MaxLength} characters long; it has {id.Length}";
        if (id.Trim().Length != id.Length)
            return "must not start or end with whitespace";
        if (id.Contains('/', StringComparison.Ordinal))
            return "must not contain '/': casavi uses it in URL paths";
        if (id is "." or "..")
            return "must not be '.' or '..': casavi uses it in URL paths";
        return id.Any(char.IsControl) ? "must not contain control characters" : null;
    }

    /// <summary>A BAD_USER_INPUT error when a query argument is no well-formed reference ID; before any casavi request.</summary>
    public static void Require(string id)
    {
        if (ErrorFor(id) is { } error)
            throw error;
    }

    /// <summary>The error for an ID that is not well-formed, or null.</summary>
    public static ExecutionError? ErrorFor(string id) => Problem(id) is { } problem ? GraphQLErrors.BadUserInput($"The ID {problem}.") : null;
}
