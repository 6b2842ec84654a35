namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>A problem the caller can fix, returned as data in a mutation payload (not as a GraphQL error).</summary>
public abstract record UserError(string Message, IReadOnlyList<string> Path);

/// <summary>An input value is missing or malformed; <c>Path</c> names it (e.g. ["input", "choices", "1", "label"]).</summary>
public sealed record ValidationError(string Message, IReadOnlyList<string> Path) : UserError(Message, Path);

/// <summary>An entity the input refers to does not exist.</summary>
public sealed record NotFoundError(string Message, IReadOnlyList<string> Path, string EntityType, string ReferenceId) : UserError(Message, Path)
{
    public static NotFoundError Of(string entityType, string referenceId, IReadOnlyList<string> path) =>
        new($"{entityType} '{referenceId}' does not exist in casavi.", path, entityType, referenceId);
}

/// <summary>The write clashes with existing data (e.g. the reference ID is taken).</summary>
public sealed record ConflictError(string Message, IReadOnlyList<string> Path) : UserError(Message, Path);
