using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>
/// Validates JSON against the schemas of an OpenAPI document. The whole document is registered as
/// a base document, so a schema is reached by its JSON pointer (e.g. <c>#/components/schemas/Unit</c>)
/// and its internal <c>$ref</c>s resolve as they would in any OpenAPI 3.1 tool.
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
    };

    // OpenAPI 3.1 schemas are JSON Schema 2020-12 plus annotations such as x-assumed.
    private static readonly Dialect OpenApiDialect = Dialect.Draft202012.With([], allowUnknownKeywords: true);

    private readonly Uri documentUri;
    private readonly BuildOptions buildOptions;
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new();

    public SchemaValidator(JsonObject document, string name)
    {
        documentUri = new Uri($"urn:casavi-contract:{name}");
        var registry = new SchemaRegistry();
        var element = JsonSerializer.SerializeToElement(document);
        registry.Register(documentUri, new JsonElementBaseDocument(element, documentUri));
        buildOptions = new BuildOptions { SchemaRegistry = registry, Dialect = OpenApiDialect };
    }

    /// <summary>The contract as written: objects stay open for fields casavi may add.</summary>
    public static SchemaValidator Open { get; } = new(ContractDocument.Load(), "open");

    /// <summary>The contract with every declared object closed: catches fields the document does not know.</summary>
    public static SchemaValidator Closed { get; } = new(ClosedDocument.From(ContractDocument.Load()), "closed");

    /// <summary>Errors of <paramref name="instance"/> against the schema at <paramref name="reference"/>; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string reference, JsonElement instance)
    {
        var schema = schemas.GetOrAdd(reference, Build);
        var errors = new List<string>();
        Collect(schema.Evaluate(instance, Evaluation), errors);
        return errors;
    }

    // Only failing nodes are walked: the failed branch of a passing anyOf is not an error.
    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid)
            return;
        if (node.Errors is { } messages)
            errors.AddRange(messages.Values.Select(message => $"{node.InstanceLocation}: {message} (schema {node.EvaluationPath})"));
        foreach (var child in node.Details ?? [])
            Collect(child, errors);
    }

    private JsonSchema Build(string reference)
    {
        var wrapper = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["$ref"] = documentUri + reference });
        return JsonSchema.Build(wrapper, buildOptions, new Uri($"urn:casavi-contract-check:{Guid.NewGuid():N}"));
    }
}
