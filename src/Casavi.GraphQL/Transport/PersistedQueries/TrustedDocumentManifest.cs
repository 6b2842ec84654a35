using System.Text.Json;

namespace Casavi.GraphQL.Transport.PersistedQueries;

/// <summary>
/// Reads the trusted documents: a JSON object <c>{ "&lt;sha256&gt;": "&lt;document&gt;" }</c> as frontend builds write it
/// (e.g. GraphQL Codegen's persisted documents), from one file or from every <c>*.json</c> of a directory. Every hash is checked.
/// </summary>
internal static class TrustedDocumentManifest
{
    /// <returns>The documents by hash.</returns>
    /// <exception cref="InvalidDataException">The path holds no manifest, or an entry is malformed; the message names file and entry.</exception>
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        string[] files = Directory.Exists(path)
            ? [.. Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal)]
            : File.Exists(path) ? [path] : [];
        if (files.Length == 0)
            throw new InvalidDataException($"Gateway:TrustedDocuments:Path '{path}' is neither a manifest file nor a directory with *.json manifests.");

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
            Add(file, documents);
        return documents;
    }

    private static void Add(string file, Dictionary<string, string> documents)
    {
        var name = Path.GetFileName(file);
        Dictionary<string, string?>? entries;
        try
        {
            using var stream = File.OpenRead(file);
            entries = JsonSerializer.Deserialize<Dictionary<string, string?>>(stream);
        }
        catch (JsonException)
        {
            entries = null;
        }

        if (entries is null)
            throw new InvalidDataException($"Trusted-document manifest {name} must be a JSON object of \"<sha256 hash>\": \"<document>\" strings.");
        foreach (var (hash, document) in entries)
        {
            if (document is null || DocumentHash.Of(document) != hash)
                throw new InvalidDataException(
                    $"Trusted-document manifest {name}: entry '{hash}' is not the SHA-256 (lowercase hex of the UTF-8 text) of its document.");
            documents[hash] = document;
        }
    }
}
