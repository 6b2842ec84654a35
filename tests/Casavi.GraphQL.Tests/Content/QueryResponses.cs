using System.Text.Json;

namespace Casavi.GraphQL.Tests.Content;

/// <summary>Reads a GraphQL response that must have succeeded.</summary>
internal static class QueryResponses
{
    public static JsonElement Data(this JsonElement response)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return response.GetProperty("data");
    }

    public static IEnumerable<JsonElement> Nodes(this JsonElement connection) => connection.GetProperty("nodes").EnumerateArray();

    public static string? Text(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetString();

    public static IEnumerable<string?> Texts(this JsonElement array) => array.EnumerateArray().Select(item => item.GetString());

    public static string ErrorCode(this JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;
}
