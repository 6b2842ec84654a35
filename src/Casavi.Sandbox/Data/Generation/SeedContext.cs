using System.Globalization;
using System.Text.Json;
using Bogus;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>
/// What every seeder shares: one German Faker with its own seeded randomizer (never Bogus' global
/// seed), the scale, and dates counted back from <see cref="ReferenceClock.Today"/> (never the wall clock).
/// </summary>
internal sealed class SeedContext(SandboxOptions options)
{
    public const string AppBaseUrl = "https://app.casavi-sandbox.example/tenant/1/manage";
    public const string FilesBaseUrl = "https://files.casavi-sandbox.example";

    public Faker Faker { get; } = new("de") { Random = new Randomizer(options.Seed) };

    public Randomizer Random => Faker.Random;

    public static DateTimeOffset Today => ReferenceClock.Today;

    /// <summary>A count multiplied by the scale, at least 1.</summary>
    public int Scaled(int count) => Math.Max(1, (int)Math.Round(count * options.Scale, MidpointRounding.AwayFromZero));

    public bool Chance(double probability) => Random.Double() < probability;

    /// <summary>A whole-second moment between <paramref name="minDays"/> and <paramref name="maxDays"/> days before today.</summary>
    public DateTimeOffset DaysAgo(int minDays, int maxDays) =>
        Today.AddSeconds(-Random.Long(minDays * 86_400L, maxDays * 86_400L));

    /// <summary>A midnight date between the two day counts before today (contract dates are dates).</summary>
    public DateTimeOffset DateDaysAgo(int minDays, int maxDays) => Today.AddDays(-Random.Int(minDays, maxDays));

    /// <summary>A moment after <paramref name="start"/> but not after today.</summary>
    public DateTimeOffset Between(DateTimeOffset start, DateTimeOffset end)
    {
        var span = (long)Math.Max(0, (end - start).TotalSeconds);
        return start.AddSeconds(Random.Long(0, span));
    }

    public DateTimeOffset UpToToday(DateTimeOffset start) => start >= Today ? start : Between(start, Today);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static Dictionary<string, JsonElement> CustomFields(params (string Name, object Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => JsonSerializer.SerializeToElement(f.Value));

    /// <summary>A mail-safe lower-case form of a German name ("Müller" becomes "mueller").</summary>
    public static string Slug(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var part = c switch { 'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss", _ => null };
            if (part is not null)
                builder.Append(part);
            else
                builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }
        return string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Int(0, items.Count - 1)];
}
