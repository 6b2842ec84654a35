using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed record RegisterRestHookPayload(RestHook? RestHook, IReadOnlyList<UserError> Errors) : MutationPayload(Errors);
