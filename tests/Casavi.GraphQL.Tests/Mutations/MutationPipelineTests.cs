using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Tests.Mutations;

public sealed class MutationPipelineTests
{
    private readonly ThingLoader properties = new("P-1");
    private readonly ThingLoader contacts = new("C-1", "C-2");
    private int writes;

    [Fact]
    public async Task A_validation_failure_stops_the_mutation_before_any_loader_or_write()
    {
        var payload = await Pipeline().RunAsync(PipelineDoubles.ValidInput() with { Name = " " }, PipelineDoubles.NoServices, default);

        Assert.Equal(["input", "name"], Assert.IsType<ValidationError>(Assert.Single(payload.Errors)).Path);
        Assert.Null(payload.Result);
        Assert.Equal((0, 0, 0), (properties.Batches.Count, contacts.Batches.Count, writes));
    }

    [Fact]
    public async Task All_references_of_an_input_are_checked_in_one_loader_round()
    {
        // Each batch waits until both loaders have sent theirs: checking one after the other would time out.
        var bothSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = 0;
        async Task MeetAsync()
        {
            if (Interlocked.Increment(ref sent) == 2)
                bothSent.SetResult();
            await bothSent.Task.WaitAsync(TimeSpan.FromSeconds(5));
        }

        var heldProperties = new ThingLoader("P-1") { BeforeAnswer = MeetAsync };
        var heldContacts = new ThingLoader("C-1", "C-2") { BeforeAnswer = MeetAsync };

        var payload = await Pipeline(heldProperties, heldContacts).RunAsync(PipelineDoubles.ValidInput(), PipelineDoubles.NoServices, default);

        Assert.Empty(payload.Errors);
        Assert.Equal(["P-1"], Assert.Single(heldProperties.Batches));
        Assert.Equal(["C-1", "C-2"], Assert.Single(heldContacts.Batches));
        Assert.Equal(1, writes);
    }

    [Fact]
    public async Task Each_missing_reference_is_a_not_found_error_at_its_path_and_nothing_is_written()
    {
        var input = PipelineDoubles.ValidInput() with { PropertyId = "P-NOPE", ContactIds = ["C-1", "C-NOPE"] };

        var payload = await Pipeline().RunAsync(input, PipelineDoubles.NoServices, default);

        Assert.Equal(
            [("Property", "P-NOPE", "input.propertyId"), ("Contact", "C-NOPE", "input.contactIds.1")],
            payload.Errors.Cast<NotFoundError>().Select(error => (error.EntityType, error.ReferenceId, string.Join('.', error.Path))));
        Assert.Equal(0, writes);
    }

    [Fact]
    public async Task What_was_written_is_primed_into_its_loader()
    {
        var written = new ThingLoader();
        var pipeline = Pipeline() with { Primes = written.Kind("Thing") };

        var payload = await pipeline.RunAsync(PipelineDoubles.ValidInput(), PipelineDoubles.NoServices, default);

        Assert.Same(payload.Result, await written.LoadAsync("T-1").GetResultAsync());
        Assert.Empty(written.Batches);
    }

    private MutationPipeline<ThingInput, Thing> Pipeline(ThingLoader? propertyLoader = null, ThingLoader? contactLoader = null)
    {
        var propertyKind = (propertyLoader ?? properties).Kind("Property");
        var contactKind = (contactLoader ?? contacts).Kind("Contact");
        return new MutationPipeline<ThingInput, Thing>(
            (check, input) => check.Required(input.Name, "name"),
            input => [propertyKind.Reference("propertyId", input.PropertyId), contactKind.References("contactIds", input.ContactIds)],
            new SingleWrite<ThingInput, Thing>(
                (_, input, _) =>
                {
                    Interlocked.Increment(ref writes);
                    return Task.FromResult(new Thing(input.Id!, input.Name));
                },
                PipelineDoubles.Refusals(),
                "Check first."));
    }
}
