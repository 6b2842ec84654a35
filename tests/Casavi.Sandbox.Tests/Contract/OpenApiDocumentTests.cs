using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>The contract document itself: OpenAPI 3.1 shape, resolvable references, house rules.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    private readonly JsonObject document = ContractDocument.Load();

    [Fact]
    public void Document_has_the_OpenAPI_3_1_top_level_shape()
    {
        Assert.Equal("3.1.0", (string?)document["openapi"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)document["info"]?["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)document["info"]?["version"]));
        Assert.Equal("/", (string?)document["servers"]?[0]?["url"]);
        Assert.Single(document["servers"]!.AsArray());
        var token = document["components"]?["securitySchemes"]?["token"];
        Assert.Equal("apiKey", (string?)token?["type"]);
        Assert.Equal("header", (string?)token?["in"]);
        Assert.Equal("token", (string?)token?["name"]);
        Assert.NotEmpty(document["paths"]!.AsObject());
    }

    [Fact]
    public void Every_operation_has_an_id_a_description_and_a_success_response()
    {
        var problems = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (!path.StartsWith("/v2/", StringComparison.Ordinal))
                problems.Add($"{path}: paths live under /v2/");
            foreach (var (method, operation) in item!.AsObject())
            {
                if (!HttpMethods.Contains(method))
                    problems.Add($"{path}: '{method}' is not an HTTP method");
                if (operation?["operationId"] is null || operation["summary"] is null || operation["description"] is null)
                    problems.Add($"{method} {path}: operationId, summary and description are required");
                var statuses = operation?["responses"]?.AsObject().Select(r => r.Key).ToList() ?? [];
                if (!statuses.Any(s => s is "200" or "201" or "204"))
                    problems.Add($"{method} {path}: no success response");
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Operation_ids_are_unique() =>
        Assert.Empty(ContractDocument.Operations(document)
            .GroupBy(o => (string?)o.Node["operationId"]).Where(g => g.Count() > 1).Select(g => g.Key));

    [Fact]
    public void Every_reference_resolves()
    {
        var unresolved = JsonWalk.Properties(document)
            .Where(p => p.Name == "$ref")
            .Select(p => (string)p.Value!)
            .Where(reference => ContractDocument.Resolve(document, reference) is null)
            .ToList();
        Assert.Empty(unresolved);
    }

    [Fact]
    public void Every_component_schema_builds_as_a_JSON_Schema()
    {
        var names = document["components"]!["schemas"]!.AsObject().Select(s => s.Key).ToList();
        Assert.All(names, name => SchemaValidator.Open.Validate($"#/components/schemas/{name}", JsonSerializer.SerializeToElement(0)));
    }

    [Fact]
    public void Every_body_is_a_named_component_schema()
    {
        var inline = ContractDocument.Operations(document)
            .SelectMany(o => (o.Node["responses"]?.AsObject() ?? []).Select(r => (o.Key, r.Key, Content: r.Value?["content"]))
                .Append((o.Key, "request", Content: o.Node["requestBody"]?["content"])))
            .Where(x => x.Content is not null && (string?)x.Content["application/json"]?["schema"]?["$ref"] is null)
            .Select(x => $"{x.Item1} {x.Item2}");
        Assert.Empty(inline);
    }

    [Fact]
    public void Every_list_takes_a_page_parameter_counting_from_0_as_casavis_examples()
    {
        var lists = ContractDocument.Operations(document).Where(o => o.IsList).ToList();
        Assert.NotEmpty(lists);
        Assert.All(lists, list => Assert.Contains("page", list.QueryParameterNames()));
        var page = ContractDocument.Resolve(document, "#/components/parameters/Page")!;
        Assert.Equal("integer", (string?)page["schema"]?["type"]);
        Assert.Equal(0, (int?)page["schema"]?["minimum"]);
    }
}
