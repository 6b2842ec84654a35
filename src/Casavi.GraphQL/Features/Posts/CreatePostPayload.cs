using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Posts;

public sealed record CreatePostPayload(Post? Post, WriteOutcome? Outcome, IReadOnlyList<UserError> Errors) : MutationPayload(Errors);
