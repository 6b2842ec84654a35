using System.Text.Json;

namespace Casavi.GraphQL.Tests.Mutations;

internal static class MutationResponses
{
    /// <summary>The payload of <paramref name="field"/>; the response must carry no GraphQL errors.</summary>
    public static JsonElement Payload(this JsonElement response, string field)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), $"Unexpected GraphQL errors: {errors}");
        return response.GetProperty("data").GetProperty(field);
    }

    public static List<JsonElement> UserErrors(this JsonElement payload) => [.. payload.GetProperty("errors").EnumerateArray()];

    public static void AssertNoUserErrors(this JsonElement payload) => Assert.Empty(payload.UserErrors());

    /// <summary>Asserts the user error's GraphQL type and path, and that it says something.</summary>
    public static void AssertUserError(this JsonElement error, string typeName, params string[] path)
    {
        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        Assert.Equal(path, error.GetProperty("path").EnumerateArray().Select(segment => segment.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    /// <summary>The single user error at <paramref name="path"/>, of type <paramref name="typeName"/>.</summary>
    public static JsonElement ErrorAt(this JsonElement payload, string typeName, params string[] path)
    {
        var error = Assert.Single(payload.UserErrors(), candidate => candidate.GetProperty("path").EnumerateArray().Select(segment => segment.GetString()).SequenceEqual(path));
        error.AssertUserError(typeName, path);
        return error;
    }

    public static string UniqueId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
