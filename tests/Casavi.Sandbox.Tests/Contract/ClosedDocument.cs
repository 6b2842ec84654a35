using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>
/// A copy of the contract whose declared objects reject undeclared fields. The sandbox serves our
/// own DTOs, so any field it writes must be in the document; casavi itself is validated openly.
/// </summary>
internal static class ClosedDocument
{
    public static JsonObject From(JsonObject document)
    {
        foreach (var (_, schema) in document["components"]!["schemas"]!.AsObject())
        {
            if (schema is JsonObject obj && obj.ContainsKey("properties") && !obj.ContainsKey("additionalProperties"))
                obj["additionalProperties"] = false;
        }
        return document;
    }
}
