using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>The OpenAPI document of the casavi contract, read from the repository's schema folder.</summary>
internal static class ContractDocument
{
    public const string RelativePath = "schema/casavi-v2.openapi.json";

    private static readonly Lazy<string> LazyText = new(() => File.ReadAllText(Locate()));

    public static string Text => LazyText.Value;

    /// <summary>A fresh, mutable copy of the document (tests may transform it).</summary>
    public static JsonObject Load() => JsonNode.Parse(Text)!.AsObject();

    public static IEnumerable<OpenApiOperation> Operations(JsonObject document)
    {
        foreach (var (path, pathItem) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in pathItem!.AsObject())
                yield return new OpenApiOperation(method.ToUpperInvariant(), path, operation!.AsObject(), document);
        }
    }

    public static OpenApiOperation Operation(JsonObject document, string key) =>
        Operations(document).SingleOrDefault(o => o.Key == key)
        ?? throw new KeyNotFoundException($"The contract has no operation {key}.");

    /// <summary>Resolves a local reference such as <c>#/components/schemas/Unit</c>, or null if it points nowhere.</summary>
    public static JsonNode? Resolve(JsonObject document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
            return null;
        JsonNode? node = document;
        foreach (var token in reference[2..].Split('/'))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
            if (node is null)
                return null;
        }
        return node;
    }

    // The tests run from bin/<config>/<tfm>; the document lives at the repository root.
    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"{RelativePath} not found above {AppContext.BaseDirectory}.");
    }
}
