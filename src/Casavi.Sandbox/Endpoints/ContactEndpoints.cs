using Casavi.Contract.MasterData;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Endpoints;

internal static class ContactEndpoints
{
    public static void MapContacts(this IEndpointRouteBuilder api)
    {
        api.MapGet("/v2/contacts", (HttpRequest request, SandboxData data) =>
        {
            var role = QueryFilters.Choice<ContactRole>(request, "role");
            var isRegistered = QueryFilters.Flag(request, "isRegistered");
            var isInvited = QueryFilters.Flag(request, "isInvited");
            var contractType = role switch
            {
                ContactRole.Owner => ContractType.Owner,
                ContactRole.Renter => ContractType.Renter,
                _ => (ContractType?)null,
            };
            var contacts = data.Contacts.ModifiedAfter(QueryFilters.Instant(request, "modifiedAfter")).FindAll(c =>
                (contractType is null || c.Contracts.Exists(k => k.Type == contractType))
                && (isRegistered is null || (c.IsRegistered ?? false) == isRegistered)
                && (isInvited is null || (c.IsInvited ?? false) == isInvited));
            return Paging.Page(request, contacts);
        });

        api.MapGet("/v2/contacts/{contactId}", (string contactId, SandboxData data) =>
            CasaviResults.Ok(data.Contacts.Require(contactId, "Contact")));

        api.MapGet("/v2/staff", (HttpRequest request, SandboxData data) => Paging.Page(request, data.Staff.All()));
    }
}
