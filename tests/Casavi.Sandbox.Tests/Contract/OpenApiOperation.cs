using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>One operation of the contract, e.g. <c>GET /v2/units/{unitId}</c>.</summary>
internal sealed record OpenApiOperation(string Method, string Path, JsonObject Node, JsonObject Document)
{
    private static readonly int[] SuccessStatuses = [200, 201, 204];

    public string Key => $"{Method} {Path}";

    public bool IsList => SuccessSchemaName()?.EndsWith("Page", StringComparison.Ordinal) == true;

    /// <summary>Parameters with references to <c>#/components/parameters</c> resolved.</summary>
    public IEnumerable<JsonObject> Parameters() =>
        (Node["parameters"]?.AsArray() ?? []).Select(p => Dereference(p!.AsObject()));

    public IEnumerable<string> QueryParameterNames() =>
        Parameters().Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!);

    /// <summary>The response for a status code, with a reference to <c>#/components/responses</c> resolved; null if undocumented.</summary>
    public JsonObject? Response(int status) =>
        Node["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is JsonObject response
            ? Dereference(response)
            : null;

    /// <summary>The <c>$ref</c> of a response's JSON body schema, or null when the response has no body.</summary>
    public static string? BodySchemaReference(JsonObject response) =>
        (string?)response["content"]?["application/json"]?["schema"]?["$ref"];

    public string? SuccessSchemaName()
    {
        var success = SuccessStatuses.Select(Response).FirstOrDefault(r => r is not null);
        var reference = success is null ? null : BodySchemaReference(success);
        return reference?[(reference.LastIndexOf('/') + 1)..];
    }

    public string? RequestSchemaName()
    {
        var reference = (string?)Node["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"];
        return reference?[(reference.LastIndexOf('/') + 1)..];
    }

    private JsonObject Dereference(JsonObject node) =>
        node["$ref"] is JsonValue reference
            ? ContractDocument.Resolve(Document, (string)reference!)?.AsObject()
              ?? throw new InvalidOperationException($"{Key}: unresolved {reference}")
            : node;
}
