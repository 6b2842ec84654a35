using Casavi.Contract;
using Casavi.Contract.Content;
using Casavi.Contract.MasterData;
using Refit;

namespace Casavi.Client.Api;

public interface IPropertiesApi
{
    [Get("/v2/properties")]
    Task<Page<Property>> ListAsync([Query(Format = CasaviQuery.DateFormat)] DateTimeOffset? modifiedAfter = null, CancellationToken cancellationToken = default);

    [Get("/v2/properties/{propertyId}")]
    Task<Property> GetAsync(string propertyId, CancellationToken cancellationToken = default);

    [Get("/v2/properties/{propertyId}/responsibilities")]
    Task<Page<Responsibility>> ListResponsibilitiesAsync(string propertyId, bool? showOnPortal = null, CancellationToken cancellationToken = default);

    [Get("/v2/properties/{propertyId}/posts")]
    Task<Page<Post>> ListPostsAsync(string propertyId, bool? showOnInfoboard = null, CancellationToken cancellationToken = default);
}
