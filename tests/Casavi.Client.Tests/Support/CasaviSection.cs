using Microsoft.Extensions.Configuration;

namespace Casavi.Client.Tests.Support;

internal static class CasaviSection
{
    /// <summary>The "Casavi" section holding <paramref name="settings"/>, keyed relative to it.</summary>
    public static IConfigurationSection Of(Dictionary<string, string?> settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(pair => KeyValuePair.Create($"{CasaviClientOptions.SectionName}:{pair.Key}", pair.Value)))
        .Build()
        .GetSection(CasaviClientOptions.SectionName);
}
