using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>Depth-first enumeration of every object property in a JSON tree, with its JSON pointer.</summary>
internal static class JsonWalk
{
    public static IEnumerable<(string Pointer, string Name, JsonNode? Value, JsonObject Owner)> Properties(JsonNode? node, string pointer = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var childPointer = $"{pointer}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
                    yield return (childPointer, name, value, obj);
                    foreach (var inner in Properties(value, childPointer))
                        yield return inner;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var inner in Properties(array[i], $"{pointer}/{i}"))
                        yield return inner;
                }
                break;
        }
    }
}
