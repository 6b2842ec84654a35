using Casavi.Contract;
using Casavi.Contract.MasterData;
using Refit;

namespace Casavi.Client.Api;

public interface IContactsApi
{
    [Get("/v2/contacts")]
    Task<Page<Contact>> ListAsync(ContactRole? role = null, bool? isRegistered = null, bool? isInvited = null, [Query(Format = CasaviQuery.DateFormat)] DateTimeOffset? modifiedAfter = null, CancellationToken cancellationToken = default);

    /// <summary>Assumed endpoint (x-assumed in the contract).</summary>
    [Get("/v2/contacts/{contactId}")]
    Task<Contact> GetAsync(string contactId, CancellationToken cancellationToken = default);
}
