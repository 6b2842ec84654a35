using Casavi.Contract;
using Casavi.Contract.Content;
using Refit;

namespace Casavi.Client.Api;

public interface IPostsApi
{
    [Get("/v2/posts")]
    Task<Page<Post>> ListAsync(string? propertyId = null, CancellationToken cancellationToken = default);

    [Get("/v2/posts/{postId}")]
    Task<Post> GetAsync(string postId, CancellationToken cancellationToken = default);

    /// <summary>Assumed endpoint (x-assumed in the contract).</summary>
    [Post("/v2/posts")]
    Task<Post> CreateAsync([Body] CreatePost post, CancellationToken cancellationToken = default);
}
