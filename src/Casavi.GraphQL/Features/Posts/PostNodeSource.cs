using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Posts;

public sealed class PostNodeSource() : LoaderNodeSource<PostGraphType, PostByIdLoader, Post>("Post");
