namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>What every mutation returns: the user errors (empty on success) besides the feature's own fields.</summary>
public abstract record MutationPayload(IReadOnlyList<UserError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
