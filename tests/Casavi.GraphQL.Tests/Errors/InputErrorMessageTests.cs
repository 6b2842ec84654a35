using System.Net.Http.Json;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Errors;

/// <summary>Input GraphQL.NET or the transport refuses is explained in schema terms, never in .NET types.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class InputErrorMessageTests(GatewayFixture gateway)
{
    private const string SetStatus = "mutation($i: SetAssemblyTopicStatusInput!) { setAssemblyTopicStatus(input: $i) { __typename } }";

    public static TheoryData<string, string> Requests => new()
    {
        { "input of the wrong shape", Body(SetStatus, """{ "i": [1, 2] }""") },
        { "input field of the wrong shape", JsonSerializer.Serialize(new { query = SetStatus, variables = new { i = new { status = "CLOSED", topicId = new { x = 1 } } } }) },
        { "bad enum literal", JsonSerializer.Serialize(new { query = "{ contacts(role: BOGUS) { totalCount } }" }) },
        { "bad enum variable", JsonSerializer.Serialize(new { query = "query($r: ContactRole) { contacts(role: $r) { totalCount } }", variables = new { r = "BOGUS" } }) },
        { "variables not an object", Body("{ __typename }", "[1]") },
        { "query not a string", JsonSerializer.Serialize(new { query = 5 }) },
    };

    /// <summary>A POST body with <paramref name="variables"/> as raw JSON.</summary>
    private static string Body(string query, string variables) => $$"""{ "query": {{JsonSerializer.Serialize(query)}}, "variables": {{variables}} }""";

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task The_message_names_no_internals(string probe, string body)
    {
        using var client = gateway.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();

        var error = Assert.Single(document.GetProperty("errors").EnumerateArray());
        Assert.True(ErrorMessageAssert.Code(error) != "INTERNAL_SERVER_ERROR", $"{probe}: {error}");
        ErrorMessageAssert.ShowNoInternals(document);
    }
}
