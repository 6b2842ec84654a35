using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Posts;

/// <summary>Posts by reference ID: by id for small batches, one walk of <c>GET /v2/posts</c> for large ones.</summary>
public sealed class PostByIdLoader(IPostsApi posts, ListScanner scanner, IOptions<BatchingOptions> options) : ReferenceLoader<Post>(options)
{
    protected override string KeyOf(Post value) => value.Id;

    protected override Task<Post> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        posts.GetAsync(key, cancellationToken);

    protected override IAsyncEnumerable<Post> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("posts", token => posts.ListAsync(cancellationToken: token), cancellationToken);
}
