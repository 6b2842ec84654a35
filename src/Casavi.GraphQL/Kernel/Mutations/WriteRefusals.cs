using Casavi.Client.Errors;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// Turns casavi's refusal of a write into the user error the caller can act on, at the field it
/// concerns: a conflict at the field where the caller chose the new entity's ID, a 404 at the field
/// naming the entity the write addresses, anything else at the input as a whole.
/// </summary>
internal sealed class WriteRefusals<TInput>(InputEntityId<TInput>? chosenId, InputEntityId<TInput>? addressed)
{
    /// <summary>The user error, or null when the failure is not the caller's to fix (it stays a GraphQL error).</summary>
    public UserError? ToUserError(CasaviApiException refusal, TInput input) =>
        refusal is CasaviInvalidInputException { StatusCode: WriteErrors.Conflict } && chosenId?.Of(input) is { } id
            ? chosenId.Taken(id)
            : WriteErrors.ToUserError(refusal, MutationInput.Path, addressed?.Target(input));
}
