namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>The entity a write addresses, named so casavi's 404 can be reported as a <see cref="NotFoundError"/>.</summary>
public sealed record WriteTarget(string EntityType, string ReferenceId, IReadOnlyList<string> Path)
{
    public NotFoundError Missing() => NotFoundError.Of(EntityType, ReferenceId, Path);
}
