using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>Checks an HTTP answer against what the contract documents for its operation and status code.</summary>
internal static class Conformance
{
    private static readonly JsonObject Document = ContractDocument.Load();

    /// <summary>Asserts the status, then that the body is exactly what the contract promises; returns the body.</summary>
    public static async Task<JsonElement?> AssertAsync(string operationKey, HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(response.StatusCode == expected, $"{operationKey} answered {status}, expected {(int)expected}: {Excerpt(text)}");
        var operation = ContractDocument.Operation(Document, operationKey);
        var documented = operation.Response(status);
        Assert.True(documented is not null, $"{operationKey} answered {status}, which the contract does not document");
        var schema = OpenApiOperation.BodySchemaReference(documented!);
        if (schema is null)
        {
            Assert.True(text.Length == 0, $"{operationKey} {status} has no body in the contract but answered: {Excerpt(text)}");
            return null;
        }
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonSerializer.Deserialize<JsonElement>(text);
        AssertValid(SchemaValidator.Open, $"{operationKey} {status}", schema, body);
        AssertValid(SchemaValidator.Closed, $"{operationKey} {status} (undeclared fields)", schema, body);
        if (status >= 400)
            Assert.Equal(status, body.GetProperty("statusCode").GetInt32());
        return body;
    }

    /// <summary>Asserts that a request body the client would send is valid for the operation.</summary>
    public static void AssertValidRequest(string operationKey, JsonElement body)
    {
        var schema = ContractDocument.Operation(Document, operationKey).RequestSchemaName();
        Assert.True(schema is not null, $"{operationKey} takes no request body in the contract");
        AssertValid(SchemaValidator.Closed, $"{operationKey} request", $"#/components/schemas/{schema}", body);
    }

    private static void AssertValid(SchemaValidator validator, string what, string schema, JsonElement body)
    {
        var errors = validator.Validate(schema, body);
        Assert.True(errors.Count == 0, $"{what} does not match {schema}:\n{string.Join('\n', errors.Take(20))}\nbody: {Excerpt(body.GetRawText())}");
    }

    private static string Excerpt(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
