namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>An input field holding the reference ID of the entity a write creates or addresses, so casavi's refusals can point at it.</summary>
internal sealed record InputEntityId<TInput>(string EntityType, string Field, Func<TInput, string?> Of)
{
    public IReadOnlyList<string> Path => MutationInput.PathOf(Field);

    /// <summary>The ID is taken (casavi answers a create with a caller's ID that exists as 409).</summary>
    public ConflictError Taken(string id, string detail = "") =>
        new($"A {EntityType.ToLowerInvariant()} with reference ID '{id}' already exists{detail}; choose another ID.", Path);

    /// <summary>The entity the write addresses, for reporting casavi's 404 as a <see cref="NotFoundError"/>.</summary>
    public WriteTarget? Target(TInput input) => Of(input) is { } id ? new WriteTarget(EntityType, id, Path) : null;
}
