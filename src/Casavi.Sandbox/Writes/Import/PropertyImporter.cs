using System.Globalization;
using System.Text.Json;
using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Writes.Import;

internal sealed class PropertyImporter(ImportSession session)
{
    public ImportEntityResult Apply(IEnumerable<JsonElement> entities)
    {
        var tally = new ImportTally();
        var properties = session.Data.Properties;
        foreach (var entity in entities)
        {
            var check = new ImportCheck("Property", entity);
            check.Required("id");
            check.Required("name");
            var item = check.Read<ImportProperty>();
            var existing = item is null ? null : properties.Find(item.Id);
            if (item is null || !session.MayChange(existing, check))
            {
                tally.Failed(check);
                continue;
            }
            if (existing is null)
            {
                properties.Add(Create(item), session.Now);
                tally.Created();
            }
            else
            {
                properties.Replace(Update(existing, item), session.Now);
                tally.Updated();
            }
        }
        return tally.ToResult();
    }

    private Property Create(ImportProperty item)
    {
        var internalId = session.Data.Properties.All().Select(p => p.InternalId).DefaultIfEmpty().Max() + 1;
        return Update(new Property
        {
            Id = item.Id,
            InternalId = internalId,
            Name = item.Name,
            AppLink = string.Create(CultureInfo.InvariantCulture, $"{Data.Generation.SeedContext.AppBaseUrl}/communities/{internalId}"),
        }, item);
    }

    /// <summary>Fields the import leaves out keep their value; a new street renames the main address.</summary>
    private static Property Update(Property property, ImportProperty item) => property with
    {
        Name = item.Name,
        Note = item.Note ?? property.Note,
        Country = item.Country ?? property.Country,
        City = item.City ?? property.City,
        PostalCode = item.PostalCode ?? property.PostalCode,
        Number = item.Number ?? property.Number,
        Addresses = string.IsNullOrWhiteSpace(item.Street) || property.Addresses.Exists(a => a.Street == item.Street)
            ? property.Addresses
            : [new PropertyAddress { Street = item.Street, Units = [.. property.Addresses.FirstOrDefault()?.Units ?? []] }, .. property.Addresses.Skip(1)],
    };
}
