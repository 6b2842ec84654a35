using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Tickets;

[Collection(GatewayTestGroup.Name)]
public sealed class CreateTicketSurveyTests(GatewayFixture gateway)
{
    private const string CreatePath = "POST /v2/tickets/{ticketId}/surveys";

    [Fact]
    public async Task A_valid_survey_is_created_and_read_back_through_its_ticket()
    {
        var input = SurveyInputs.Valid(gateway.Sandbox.Data);

        var payload = await CreateAsync(input);

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var survey = payload.GetProperty("survey");
        Assert.Equal(input["id"], survey.GetProperty("referenceId").GetString());
        Assert.Equal(input["ticketId"], survey.GetProperty("ticket").GetProperty("referenceId").GetString());
        Assert.Equal(input["assignedToId"], survey.GetProperty("assignedTo").GetProperty("referenceId").GetString());
        Assert.NotNull(gateway.Sandbox.Data.Surveys.Find((string)input["id"]!));

        var readBack = await gateway.PostQueryAsync(
            "query ($id: String!) { ticket(referenceId: $id) { surveys { id referenceId title text choices { value label } } } }",
            new { id = input["ticketId"] });
        var stored = Assert.Single(readBack.GetProperty("data").GetProperty("ticket").GetProperty("surveys").EnumerateArray(), node => node.GetProperty("referenceId").GetString() == (string)input["id"]!);
        Assert.Equal(survey.GetProperty("id").GetString(), stored.GetProperty("id").GetString());
        Assert.Equal(input["title"], stored.GetProperty("title").GetString());
        Assert.Equal(input["text"], stored.GetProperty("text").GetString());
        Assert.Equal([(1, "Vormittag"), (2, "Nachmittag")], stored.GetProperty("choices").EnumerateArray().Select(choice => (choice.GetProperty("value").GetInt32(), choice.GetProperty("label").GetString()!)));
    }

    [Fact]
    public async Task An_unknown_ticket_is_a_not_found_error_and_nothing_is_posted()
    {
        var input = SurveyInputs.Valid(gateway.Sandbox.Data).With("ticketId", "T-NOPE");
        var posts = gateway.Sandbox.Requests.Count(CreatePath);

        var error = Assert.Single((await CreateAsync(input)).GetProperty("errors").EnumerateArray());

        AssertError(error, "NotFoundError", "input", "ticketId");
        Assert.Equal("Ticket", error.GetProperty("entityType").GetString());
        Assert.Equal("T-NOPE", error.GetProperty("referenceId").GetString());
        Assert.Equal(posts, gateway.Sandbox.Requests.Count(CreatePath));
    }

    [Fact]
    public async Task An_unknown_contact_is_a_not_found_error_and_nothing_is_posted()
    {
        var input = SurveyInputs.Valid(gateway.Sandbox.Data).With("assignedToId", "C-NOPE");
        var posts = gateway.Sandbox.Requests.Count(CreatePath);

        var error = Assert.Single((await CreateAsync(input)).GetProperty("errors").EnumerateArray());

        AssertError(error, "NotFoundError", "input", "assignedToId");
        Assert.Equal("Contact", error.GetProperty("entityType").GetString());
        Assert.Equal(posts, gateway.Sandbox.Requests.Count(CreatePath));
        Assert.Null(gateway.Sandbox.Data.Surveys.Find((string)input["id"]!));
    }

    [Fact]
    public async Task A_taken_survey_id_is_a_conflict_error()
    {
        var input = SurveyInputs.Valid(gateway.Sandbox.Data);
        Assert.Empty((await CreateAsync(input)).GetProperty("errors").EnumerateArray());
        var surveys = gateway.Sandbox.Data.Surveys.Count;

        var error = Assert.Single((await CreateAsync(input.With("title", "Noch einmal"))).GetProperty("errors").EnumerateArray());

        AssertError(error, "ConflictError", "input", "id");
        Assert.Equal(surveys, gateway.Sandbox.Data.Surveys.Count);
        Assert.Equal("Termin für die Heizungsreparatur", gateway.Sandbox.Data.Surveys.Find((string)input["id"]!)!.Title);
    }

    [Fact]
    public async Task A_ticket_that_casavi_no_longer_finds_when_posting_is_a_not_found_error()
    {
        var input = SurveyInputs.Valid(gateway.Sandbox.Data);
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/tickets/", 404, 1);

        var error = Assert.Single((await CreateAsync(input)).GetProperty("errors").EnumerateArray());

        AssertError(error, "NotFoundError", "input", "ticketId");
        Assert.Equal(input["ticketId"], error.GetProperty("referenceId").GetString());
        Assert.Null(gateway.Sandbox.Data.Surveys.Find((string)input["id"]!));
    }

    [Fact]
    public async Task A_failed_post_is_not_retried()
    {
        var input = SurveyInputs.Valid(gateway.Sandbox.Data);
        var posts = gateway.Sandbox.Requests.Count(CreatePath);
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/tickets/", 503, 1);

        var body = await gateway.PostQueryAsync(SurveyInputs.Mutation, new { input });

        Assert.Equal("UPSTREAM_UNAVAILABLE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(posts + 1, gateway.Sandbox.Requests.Count(CreatePath));
        Assert.Null(gateway.Sandbox.Data.Surveys.Find((string)input["id"]!));
    }

    private async Task<JsonElement> CreateAsync(Dictionary<string, object?> input)
    {
        var body = await gateway.PostQueryAsync(SurveyInputs.Mutation, new { input });
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty("createTicketSurvey");
    }

    internal static void AssertError(JsonElement error, string typeName, params string[] path)
    {
        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        Assert.Equal(path, error.GetProperty("path").EnumerateArray().Select(segment => segment.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }
}
