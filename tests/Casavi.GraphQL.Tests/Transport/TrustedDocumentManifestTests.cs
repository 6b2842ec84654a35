using System.Text.Json;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Transport.PersistedQueries;

namespace Casavi.GraphQL.Tests.Transport;

public sealed class TrustedDocumentManifestTests : IDisposable
{
    private const string First = "{ __typename }";
    private const string Second = "query Named { __typename }";

    private readonly string directory = Directory.CreateTempSubdirectory("trusted-documents-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_file_is_read_by_hash()
    {
        var file = Write("app.json", Entry(First));

        var documents = TrustedDocumentManifest.Load(file);

        Assert.Equal(First, Assert.Single(documents, entry => entry.Key == PersistedQueryRequests.HashOf(First)).Value);
    }

    [Fact]
    public void A_directory_merges_every_json_file_and_ignores_others()
    {
        Write("web.json", Entry(First));
        Write("mobile.json", Entry(Second));
        Write("notes.txt", "not a manifest");

        var documents = TrustedDocumentManifest.Load(directory);

        Assert.Equal([Second, First], documents.Values.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_wrong_hash_is_refused_naming_the_file_and_the_entry()
    {
        var wrongHash = PersistedQueryRequests.HashOf(Second);
        var file = Write("app.json", new Dictionary<string, string> { [wrongHash] = First });

        var refusal = Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.Load(file));

        Assert.Contains("app.json", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(wrongHash, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\"{ __typename }\"]")]
    [InlineData("{ \"abc\": 1 }")]
    [InlineData("not json")]
    public void A_file_that_is_not_an_object_of_strings_is_refused(string content)
    {
        var file = Write("app.json", content);

        var refusal = Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.Load(file));

        Assert.Contains("app.json", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_without_manifests_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.Load(directory));
        Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.Load(Path.Combine(directory, "missing.json")));
    }

    [Fact]
    public void The_start_is_refused_for_a_bad_manifest_and_for_a_mode_without_path()
    {
        var wrongHash = PersistedQueryRequests.HashOf(Second);
        var file = Write("app.json", new Dictionary<string, string> { [wrongHash] = First });
        var validator = new TrustedDocumentsValidator();

        var badManifest = validator.Validate(null, Options(TrustedDocumentMode.Only, file));
        var noPath = validator.Validate(null, Options(TrustedDocumentMode.Allowed, null));

        Assert.True(badManifest.Failed);
        Assert.Contains(wrongHash, badManifest.FailureMessage, StringComparison.Ordinal);
        Assert.True(noPath.Failed);
        Assert.Contains("Gateway:TrustedDocuments:Path", noPath.FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, Options(TrustedDocumentMode.Off, file)).Succeeded);
        Assert.True(validator.Validate(null, Options(TrustedDocumentMode.Only, Write("good.json", Entry(First)))).Succeeded);
    }

    private static GatewayOptions Options(TrustedDocumentMode mode, string? path) =>
        new() { TrustedDocuments = { Mode = mode, Path = path } };

    private static Dictionary<string, string> Entry(string document) => new() { [PersistedQueryRequests.HashOf(document)] = document };

    private string Write(string name, Dictionary<string, string> entries) => Write(name, JsonSerializer.Serialize(entries));

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
