using Casavi.GraphQL.Tests.Content;

namespace Casavi.GraphQL.Tests.Mutations;

/// <summary>IDs in mutation inputs go into casavi URLs: a malformed one is a ValidationError at its field, and casavi is not asked.</summary>
[Collection(MutationTestGroup.Name)]
public sealed class MalformedInputIdTests(MutationGateway gateway)
{
    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("P\u00071")]
    public async Task A_chosen_id_is_refused(string id) =>
        await AssertRefusedAsync(CreatePostTests.Mutation, "createPost", CreatePostTests.Input(gateway, id), "id");

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../restHooks")]
    public async Task A_referenced_id_is_refused(string propertyId)
    {
        var input = CreatePostTests.Input(gateway, MutationResponses.UniqueId("post"));
        input["propertyId"] = propertyId;

        await AssertRefusedAsync(CreatePostTests.Mutation, "createPost", input, "propertyId");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task An_addressed_id_is_refused(string id) =>
        await AssertRefusedAsync(
            "mutation ($input: RemoveRestHookInput!) { removeRestHook(input: $input) { removedId errors { __typename message path } } }",
            "removeRestHook",
            new Dictionary<string, object?> { ["id"] = id },
            "id");

    private async Task AssertRefusedAsync(string mutation, string field, Dictionary<string, object?> input, string inputField)
    {
        var requests = gateway.Sandbox.Requests.Total;

        var payload = (await gateway.PostQueryAsync(mutation, new { input })).Payload(field);

        Assert.Single(payload.UserErrors()).AssertUserError("ValidationError", "input", inputField);
        Assert.Equal(requests, gateway.Sandbox.Requests.Total);
    }
}
