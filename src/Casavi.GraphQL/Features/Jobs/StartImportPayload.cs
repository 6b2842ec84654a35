using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Jobs;

public sealed record StartImportPayload(string? JobId, IReadOnlyList<UserError> Errors) : MutationPayload(Errors);
