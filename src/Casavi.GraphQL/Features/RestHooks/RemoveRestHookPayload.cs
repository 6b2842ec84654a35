using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed record RemoveRestHookPayload(string? RemovedId, IReadOnlyList<UserError> Errors) : MutationPayload(Errors);
