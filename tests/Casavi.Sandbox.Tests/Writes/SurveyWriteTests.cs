using Casavi.Contract.Tickets;

namespace Casavi.Sandbox.Tests.Writes;

[Collection(WritableSandbox.Name)]
public sealed class SurveyWriteTests(SandboxHost host)
{
    private static readonly List<SurveyChoice> YesNo = [new(1, "Ja"), new(2, "Nein")];

    [Fact]
    public async Task A_created_survey_answers_201_and_is_listed_under_its_ticket()
    {
        var body = new CreateTicketSurvey { Id = "survey-write-1", AssignedToId = "C-000010", Title = "Passt der Termin?", Choices = YesNo };

        using var response = await host.Client.PostAsync("/v2/tickets/T-00005/surveys", CasaviBody.Body(body));
        var created = await CasaviBody.ReadAsync<TicketSurvey>(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("T-00005", "C-000010", 2), (created.TicketId, created.AssignedToId, created.Choices.Count));
        Assert.Contains(await host.WalkAsync("/v2/tickets/T-00005/surveys"), s => s.GetProperty("id").GetString() == "survey-write-1");
    }

    [Fact]
    public async Task A_survey_on_an_unknown_ticket_answers_404()
    {
        var body = new CreateTicketSurvey { Id = "survey-write-404", AssignedToId = "C-000010", Title = "T", Choices = YesNo };

        using var response = await host.Client.PostAsync("/v2/tickets/T-99999/surveys", CasaviBody.Body(body));

        await ErrorBody.AssertAsync(response, HttpStatusCode.NotFound, "Ticket not found");
    }

    [Theory]
    [InlineData("C-999999", 1, "Ja", 2, "Nein", "assignedToId: contact 'C-999999' not found")]
    [InlineData("C-000010", 1, "Ja", 1, "Nein", "choice values must be unique")]
    [InlineData("C-000010", 1, "Ja", 2, "Ja", "choice labels must be unique")]
    [InlineData("C-000010", 1, "Ja", 2, " ", "every choice needs a label")]
    public async Task An_invalid_survey_is_refused(string assignedToId, int firstValue, string firstLabel, int secondValue, string secondLabel, string message)
    {
        var body = new CreateTicketSurvey { Id = "survey-invalid", AssignedToId = assignedToId, Title = "T", Choices = [new(firstValue, firstLabel), new(secondValue, secondLabel)] };

        using var response = await host.Client.PostAsync("/v2/tickets/T-00005/surveys", CasaviBody.Body(body));

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task A_survey_without_choices_is_refused()
    {
        var body = new CreateTicketSurvey { Id = "survey-no-choices", AssignedToId = "C-000010", Title = "T" };

        using var response = await host.Client.PostAsync("/v2/tickets/T-00005/surveys", CasaviBody.Body(body));

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "choices must contain at least one choice");
    }

    [Fact]
    public async Task A_survey_id_that_exists_conflicts()
    {
        var body = new CreateTicketSurvey { Id = "SV-00001", AssignedToId = "C-000010", Title = "T", Choices = YesNo };

        using var response = await host.Client.PostAsync("/v2/tickets/T-00005/surveys", CasaviBody.Body(body));

        await ErrorBody.AssertAsync(response, HttpStatusCode.Conflict, "A survey with id 'SV-00001' already exists");
    }
}
