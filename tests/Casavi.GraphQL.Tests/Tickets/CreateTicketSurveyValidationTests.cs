using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>Bad inputs come back as ValidationErrors with paths, before casavi is asked anything.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class CreateTicketSurveyValidationTests(GatewayFixture gateway)
{
    public static TheoryData<string, object?, string[]> InvalidInputs => new()
    {
        { "ticketId", " ", ["input", "ticketId"] },
        { "id", "", ["input", "id"] },
        { "id", new string('s', 256), ["input", "id"] },
        { "assignedToId", "  ", ["input", "assignedToId"] },
        { "title", " ", ["input", "title"] },
        { "title", new string('t', 256), ["input", "title"] },
        { "choices", new[] { SurveyInputs.Choice(1, "Ja") }, ["input", "choices"] },
        { "choices", new[] { SurveyInputs.Choice(1, "Ja"), SurveyInputs.Choice(1, "Nein") }, ["input", "choices", "1", "value"] },
        { "choices", new[] { SurveyInputs.Choice(1, "Ja"), SurveyInputs.Choice(2, "JA") }, ["input", "choices", "1", "label"] },
        { "choices", new[] { SurveyInputs.Choice(1, "Ja"), SurveyInputs.Choice(2, " ") }, ["input", "choices", "1", "label"] },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task An_invalid_input_is_a_validation_error_and_casavi_is_not_asked(string field, object? value, string[] path)
    {
        var input = SurveyInputs.Valid(gateway.Sandbox.Data).With(field, value);
        var requests = gateway.Sandbox.Requests.Total;
        var surveys = gateway.Sandbox.Data.Surveys.Count;

        var body = await gateway.PostQueryAsync(SurveyInputs.Mutation, new { input });

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var payload = body.GetProperty("data").GetProperty("createTicketSurvey");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("survey").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        CreateTicketSurveyTests.AssertError(error, "ValidationError", path);
        Assert.Equal(requests, gateway.Sandbox.Requests.Total);
        Assert.Equal(surveys, gateway.Sandbox.Data.Surveys.Count);
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once()
    {
        var input = SurveyInputs.Valid(gateway.Sandbox.Data)
            .With("title", "")
            .With("choices", new[] { SurveyInputs.Choice(1, "Ja"), SurveyInputs.Choice(1, "ja") });

        var body = await gateway.PostQueryAsync(SurveyInputs.Mutation, new { input });

        var paths = body.GetProperty("data").GetProperty("createTicketSurvey").GetProperty("errors").EnumerateArray()
            .Select(error => string.Join('.', error.GetProperty("path").EnumerateArray().Select(segment => segment.GetString())));
        Assert.Equal(["input.title", "input.choices.1.value", "input.choices.1.label"], paths);
    }
}
