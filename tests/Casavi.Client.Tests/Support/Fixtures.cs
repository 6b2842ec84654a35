using Casavi.Contract.MasterData;

namespace Casavi.Client.Tests.Support;

internal static class Fixtures
{
    public static Property Property(string id) => new() { Id = id, Name = $"Property {id}" };

    public static IEnumerable<Property> Properties(int from, int count) =>
        Enumerable.Range(from, count).Select(number => Property($"P-{number}"));
}
