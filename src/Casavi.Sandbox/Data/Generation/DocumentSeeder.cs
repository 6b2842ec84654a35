using Casavi.Contract.Content;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>Statements, minutes and contracts, shared with a whole property or one unit and the right roles.</summary>
internal sealed class DocumentSeeder(SeedContext context, Roster roster)
{
    public void Seed(SandboxData data)
    {
        for (var number = 1; number <= context.Scaled(200); number++)
        {
            var type = context.Pick(Catalogs.DocumentTypes);
            var property = context.Pick(roster.Properties).Property;
            var unit = type.PerUnit ? context.Pick(roster.UnitsByProperty[property.Id]) : null;
            var year = SeedContext.Today.Year - context.Random.Int(0, 3);
            var publishedAt = context.DaysAgo(0, 1100);
            var downloads = context.Chance(0.3) ? 0 : context.Random.Int(1, 40);
            var where = unit is null
                ? property.Name
                : $"{property.Addresses.First(a => a.Units.Contains(unit.Id)).Street} - {unit.Name}";
            var document = new Document
            {
                Id = SeedContext.Invariant($"D-{number:D5}"),
                InternalId = 4_215_000 + number,
                Title = SeedContext.Invariant($"{where} - {type.Name} {year}"),
                Type = type.Id,
                SharedWith =
                [
                    new DocumentShare
                    {
                        With = unit is null ? DocumentShareTarget.Property : DocumentShareTarget.Unit,
                        PropertyId = property.Id,
                        UnitId = unit?.Id,
                        Roles = [.. type.Roles],
                    },
                ],
                Resource = "Rheinblick-DMS",
                FileSize = context.Random.Long(20_000, 3_000_000),
                PublishedAt = publishedAt,
                DownloadCount = downloads,
                FirstDownloadAt = downloads > 0 ? context.UpToToday(publishedAt) : null,
            };
            data.Documents.Add(document, publishedAt);
        }
    }
}
