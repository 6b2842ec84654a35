using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Jobs;

/// <summary>What casavi would refuse or report as failed in an import, checked before anything is sent.</summary>
internal static class ImportValidation
{
    public static void Validate(InputValidator check, StartImport import)
    {
        var entities = import.Properties.Count + import.Units.Count + import.Contacts.Count;
        if (entities == 0)
            check.FailHere("The import is empty: pass at least one property, unit or contact.");
        if (entities > ImportLimits.MaxEntities)
            check.FailHere($"The import has {entities} entities; casavi recommends at most {ImportLimits.MaxEntities} per import. Split it.");
        if (check.HasErrors)
            return;

        CheckIds(check, "properties", import.Properties.ConvertAll(property => property.Id));
        CheckIds(check, "units", import.Units.ConvertAll(unit => unit.Id));
        CheckIds(check, "contacts", import.Contacts.ConvertAll(contact => contact.Id));
        for (var i = 0; i < import.Properties.Count; i++)
            check.At("properties", i).Required(import.Properties[i].Name, "name");
        for (var i = 0; i < import.Units.Count; i++)
        {
            var unit = check.At("units", i);
            unit.Required(import.Units[i].Name, "name");
            unit.Required(import.Units[i].PropertyId, "propertyId");
        }

        for (var i = 0; i < import.Contacts.Count; i++)
            CheckContracts(check.At("contacts", i), import.Contacts[i].Contracts);
        if (!check.HasErrors)
            check.MaxBodySize(import, ImportLimits.MaxBodyBytes, "import");
    }

    private static void CheckIds(InputValidator check, string list, List<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
            check.At(list, i).RequiredReferenceId(ids[i], "id");

        check.Unique(ids, list, StringComparer.Ordinal, itemField: "id");
    }

    private static void CheckContracts(InputValidator contact, List<ContactContract> contracts)
    {
        for (var i = 0; i < contracts.Count; i++)
        {
            var contract = contact.At("contracts", i);
            if (contracts[i].StartDate is { } start)
                contract.NotBefore(contracts[i].EndDate, start, "endDate", "startDate");
        }
    }
}
