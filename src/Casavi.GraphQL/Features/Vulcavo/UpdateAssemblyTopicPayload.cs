using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Vulcavo;

public sealed record UpdateAssemblyTopicPayload(UpdateAssemblyTopicInput? Applied, IReadOnlyList<UserError> Errors) : MutationPayload(Errors);
