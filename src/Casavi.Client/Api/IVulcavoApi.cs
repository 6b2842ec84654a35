using Casavi.Contract.Integration;
using Refit;

namespace Casavi.Client.Api;

public interface IVulcavoApi
{
    [Post("/v2/vulcavo/assembly-topic/status")]
    Task SetAssemblyTopicStatusAsync([Body] AssemblyTopicStatus status, CancellationToken cancellationToken = default);

    [Patch("/v2/vulcavo/assembly-topic/{id}")]
    Task UpdateAssemblyTopicAsync(string id, [Body] AssemblyTopicUpdate update, CancellationToken cancellationToken = default);
}
