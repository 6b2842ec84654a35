using Casavi.GraphQL.Tests.Content;

namespace Casavi.GraphQL.Tests.Mutations;

[Collection(MutationTestGroup.Name)]
public sealed class AssemblyTopicMutationTests(MutationGateway gateway)
{
    private const string SetStatus = """
        mutation ($input: SetAssemblyTopicStatusInput!) {
          setAssemblyTopicStatus(input: $input) { topicId status errors { __typename message path ... on NotFoundError { entityType referenceId } } }
        }
        """;

    private const string Update = """
        mutation ($input: UpdateAssemblyTopicInput!) {
          updateAssemblyTopic(input: $input) { topicId title description status errors { __typename message path ... on NotFoundError { entityType } } }
        }
        """;

    [Fact]
    public async Task A_status_is_set_in_casavis_spelling_and_echoed()
    {
        var topic = gateway.Sandbox.Data.AssemblyTopics.All()[0];

        var payload = (await gateway.PostQueryAsync(SetStatus, new { input = new { topicId = topic.Id, status = "IN_DISCUSSION" } })).Payload("setAssemblyTopicStatus");

        payload.AssertNoUserErrors();
        Assert.Equal((topic.Id, "IN_DISCUSSION"), (payload.Text("topicId"), payload.Text("status")));
        Assert.Equal("in_discussion", gateway.Sandbox.Data.AssemblyTopics.Find(topic.Id)!.Status);
    }

    [Fact]
    public async Task Setting_the_status_of_an_unknown_topic_is_a_not_found_error()
    {
        var payload = (await gateway.PostQueryAsync(SetStatus, new { input = new { topicId = "AT-NOPE", status = "VOTED" } })).Payload("setAssemblyTopicStatus");

        var error = Assert.Single(payload.UserErrors());
        error.AssertUserError("NotFoundError", "input", "topicId");
        Assert.Equal("AT-NOPE", error.Text("referenceId"));
    }

    [Fact]
    public async Task An_update_changes_only_what_it_names()
    {
        var topic = gateway.Sandbox.Data.AssemblyTopics.All()[1];

        var payload = (await gateway.PostQueryAsync(Update, new { input = new { id = topic.Id, title = "Neue Heizung", status = "VOTED" } })).Payload("updateAssemblyTopic");

        payload.AssertNoUserErrors();
        Assert.Equal((topic.Id, "Neue Heizung", null, "VOTED"), (payload.Text("topicId"), payload.Text("title"), payload.Text("description"), payload.Text("status")));
        var stored = gateway.Sandbox.Data.AssemblyTopics.Find(topic.Id)!;
        Assert.Equal(("Neue Heizung", topic.Description, "voted"), (stored.Title, stored.Description, stored.Status));
    }

    [Fact]
    public async Task An_update_without_changes_is_refused_before_casavi_is_called()
    {
        var patches = gateway.Sandbox.Requests.Count("PATCH /v2/vulcavo/assembly-topic/{id}");

        var payload = (await gateway.PostQueryAsync(Update, new { input = new { id = "AT-0001" } })).Payload("updateAssemblyTopic");

        Assert.Single(payload.UserErrors()).AssertUserError("ValidationError", "input");
        Assert.Equal(patches, gateway.Sandbox.Requests.Count("PATCH /v2/vulcavo/assembly-topic/{id}"));
    }

    [Fact]
    public async Task A_blank_title_is_refused()
    {
        var payload = (await gateway.PostQueryAsync(Update, new { input = new { id = "AT-0001", title = "  " } })).Payload("updateAssemblyTopic");

        Assert.Single(payload.UserErrors()).AssertUserError("ValidationError", "input", "title");
    }

    [Fact]
    public async Task Updating_an_unknown_topic_is_a_not_found_error()
    {
        var payload = (await gateway.PostQueryAsync(Update, new { input = new { id = "AT-NOPE", description = "x" } })).Payload("updateAssemblyTopic");

        Assert.Single(payload.UserErrors()).AssertUserError("NotFoundError", "input", "id");
    }
}
