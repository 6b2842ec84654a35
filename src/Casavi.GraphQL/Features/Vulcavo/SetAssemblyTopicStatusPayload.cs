using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Vulcavo;

public sealed record SetAssemblyTopicStatusPayload(string? TopicId, TopicStatus? Status, IReadOnlyList<UserError> Errors) : MutationPayload(Errors);
