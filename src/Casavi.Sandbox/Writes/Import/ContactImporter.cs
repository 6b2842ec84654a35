using System.Globalization;
using System.Text.Json;
using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Writes.Import;

/// <summary>
/// Contacts need a last name or a company name. Their contracts are written into the units (where
/// casavi keeps them): a known contract id is updated, anything else becomes a new contract.
/// </summary>
internal sealed class ContactImporter(ImportSession session)
{
    public ImportEntityResult Apply(IEnumerable<JsonElement> entities)
    {
        var tally = new ImportTally();
        foreach (var entity in entities)
        {
            var check = new ImportCheck("Contact", entity);
            check.Required("id");
            if (string.IsNullOrWhiteSpace(check.Text("lastName")) && string.IsNullOrWhiteSpace(check.Text("companyName")))
                check.Fail("lastName", "required");
            var item = check.Read<ImportContact>();
            if (item is not null)
                CheckContracts(item, check);
            var existing = item is null ? null : session.Data.Contacts.Find(item.Id);
            if (check.Failed || !session.MayChange(existing, check))
            {
                tally.Failed(check);
                continue;
            }
            Store(item!, existing);
            if (existing is null)
                tally.Created();
            else
                tally.Updated();
        }
        return tally.ToResult();
    }

    private void CheckContracts(ImportContact item, ImportCheck check)
    {
        foreach (var contract in item.Contracts ?? [])
        {
            if (string.IsNullOrWhiteSpace(contract.UnitId))
                check.Fail("unitId", "required", "Contract");
            else if (session.Data.Units.Find(contract.UnitId) is null)
                check.Fail("unitId", "not_found", "Contract");
            if (contract.Type == ContractType.Unknown)
                check.Fail("type", "invalid", "Contract");
        }
    }

    private void Store(ImportContact item, Contact? existing)
    {
        var data = session.Data;
        var internalId = existing?.InternalId ?? data.Contacts.All().Select(c => c.InternalId ?? 0).DefaultIfEmpty().Max() + 1;
        var contact = (existing ?? new Contact
        {
            Id = item.Id,
            InternalId = internalId,
            IsRegistered = false,
            IsInvited = false,
            AppLink = string.Create(CultureInfo.InvariantCulture, $"{Data.Generation.SeedContext.AppBaseUrl}/contacts/{internalId}"),
        }) with
        {
            FirstName = item.FirstName ?? existing?.FirstName,
            LastName = item.LastName ?? existing?.LastName,
            CompanyName = item.CompanyName ?? existing?.CompanyName,
            Email = item.Email ?? existing?.Email,
            Telephone = item.Telephone ?? existing?.Telephone,
        };
        if (existing is null)
            data.Contacts.Add(contact, session.Now);
        else
            data.Contacts.Replace(contact, session.Now);
        var signer = new ContractSigner(session);
        foreach (var contract in item.Contracts ?? [])
            signer.Sign(item.Id, contract);
        session.TouchedContacts.Add(item.Id);
    }
}
