using System.Globalization;
using Casavi.Contract.MasterData;
using UnitContract = Casavi.Contract.MasterData.Contract;

namespace Casavi.Sandbox.Writes.Import;

/// <summary>
/// Writes an imported contact's contract into its unit, where casavi keeps contracts: a known
/// contract (by id, else by type and contact) is updated, anything else becomes a new contract.
/// </summary>
internal sealed class ContractSigner(ImportSession session)
{
    public void Sign(string contactId, ContactContract contract)
    {
        var unit = session.Data.Units.Find(contract.UnitId!)!;
        var contracts = new List<UnitContract>(unit.Contracts);
        var index = contract.Id is null
            ? contracts.FindIndex(c => c.Type == contract.Type && c.Contacts.Contains(contactId))
            : contracts.FindIndex(c => c.Id == contract.Id);
        if (index >= 0)
        {
            var known = contracts[index];
            session.TouchedContacts.UnionWith(known.Contacts);
            contracts[index] = known with
            {
                Contacts = known.Contacts.Contains(contactId) ? known.Contacts : [.. known.Contacts, contactId],
                Type = contract.Type,
                StartDate = contract.StartDate ?? known.StartDate,
                EndDate = contract.EndDate ?? known.EndDate,
                UpdatedAt = session.Now,
            };
        }
        else
        {
            contracts.Add(new UnitContract
            {
                Id = contract.Id ?? NewContractId(unit),
                Contacts = [contactId],
                Type = contract.Type,
                StartDate = contract.StartDate ?? session.Now.Date,
                EndDate = contract.EndDate,
                CreatedAt = session.Now,
                UpdatedAt = session.Now,
            });
        }
        session.Data.Units.Replace(unit with { Contracts = contracts }, session.Now);
    }

    private static string NewContractId(Unit unit)
    {
        for (var number = unit.Contracts.Count + 1; ; number++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{unit.Id}-{number:D2}");
            if (!unit.Contracts.Exists(c => c.Id == id))
                return id;
        }
    }
}
