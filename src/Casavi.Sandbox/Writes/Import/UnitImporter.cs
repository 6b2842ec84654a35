using System.Globalization;
using System.Text.Json;
using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Writes.Import;

/// <summary>Units need an existing property (imported earlier in the same job counts); their contracts are kept.</summary>
internal sealed class UnitImporter(ImportSession session)
{
    public ImportEntityResult Apply(IEnumerable<JsonElement> entities)
    {
        var tally = new ImportTally();
        foreach (var entity in entities)
        {
            var check = new ImportCheck("Unit", entity);
            check.Required("id");
            check.Required("propertyId");
            check.Required("name");
            var item = check.Read<ImportUnit>();
            if (item is not null && item.Purpose == UnitPurpose.Unknown)
                check.Fail("purpose", "invalid");
            var property = item is null ? null : session.Data.Properties.Find(item.PropertyId);
            if (item is not null && property is null)
                check.Fail("propertyId", "not_found");
            var existing = item is null ? null : session.Data.Units.Find(item.Id);
            if (check.Failed || !session.MayChange(existing, check))
            {
                tally.Failed(check);
                continue;
            }
            Store(item!, property!, existing);
            if (existing is null)
                tally.Created();
            else
                tally.Updated();
        }
        return tally.ToResult();
    }

    private void Store(ImportUnit item, Property property, Unit? existing)
    {
        var data = session.Data;
        if (existing?.PropertyId is { } oldPropertyId && data.Properties.Find(oldPropertyId) is { } oldProperty)
        {
            data.Properties.Replace(PropertyAddressBook.WithoutUnit(oldProperty, item.Id), session.Now);
            property = oldPropertyId == property.Id ? data.Properties.Find(property.Id)! : property;
        }
        data.Properties.Replace(PropertyAddressBook.WithUnit(property, item.Id, item.Address), session.Now);
        var internalId = existing?.InternalId ?? data.Units.All().Select(u => u.InternalId).DefaultIfEmpty().Max() + 1;
        var unit = (existing ?? new Unit { Id = item.Id, Name = item.Name, InternalId = internalId }) with
        {
            Name = item.Name,
            Number = item.Number ?? existing?.Number,
            Purpose = item.Purpose,
            Area = item.Area ?? existing?.Area,
            Floor = item.Floor ?? existing?.Floor,
            Rooms = item.Rooms ?? existing?.Rooms,
            PropertyId = property.Id,
            PropertyMscNumber = property.MscNumber,
            Address = item.Address ?? existing?.Address,
            AppLink = string.Create(CultureInfo.InvariantCulture, $"{Data.Generation.SeedContext.AppBaseUrl}/communities/{property.InternalId}/units/{internalId}"),
        };
        if (existing is null)
            data.Units.Add(unit, session.Now);
        else
            data.Units.Replace(unit, session.Now);
        // The unit's contracts now point at its (maybe new) property in the contacts' view too.
        session.TouchedContacts.UnionWith(unit.Contracts.SelectMany(c => c.Contacts));
    }
}
