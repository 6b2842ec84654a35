using Casavi.Client.Errors;
using Casavi.GraphQL.Kernel.Mutations;
using GraphQL;

namespace Casavi.GraphQL.Tests.Mutations;

public sealed class RecoverableWriteTests
{
    private readonly Queue<Exception> createFailures = new();
    private int creates;
    private int readBacks;
    private Thing? stored;

    [Fact]
    public async Task A_lost_answer_is_read_back_once_and_an_applied_create_is_recovered()
    {
        createFailures.Enqueue(new CasaviUnavailableException("casavi answered 503", 503));
        stored = new Thing("T-1", "Thing");

        var payload = await RunAsync(PipelineDoubles.ValidInput());

        Assert.Equal((WriteOutcome.RecoveredAfterUpstreamError, 1, 1), (payload.Outcome, creates, readBacks));
        Assert.Same(stored, payload.Result);
    }

    [Fact]
    public async Task A_create_that_was_not_applied_is_sent_once_more()
    {
        createFailures.Enqueue(new CasaviUnavailableException("casavi answered 503", 503));

        var payload = await RunAsync(PipelineDoubles.ValidInput());

        Assert.Equal((WriteOutcome.CreatedOnRetry, 2, 1), (payload.Outcome, creates, readBacks));
    }

    [Fact]
    public async Task Another_entity_under_the_chosen_id_is_a_conflict_at_that_field()
    {
        createFailures.Enqueue(new CasaviUnavailableException("casavi answered 503", 503));
        stored = new Thing("T-1", "Something else");

        var payload = await RunAsync(PipelineDoubles.ValidInput());

        Assert.Equal(["input", "id"], Assert.IsType<ConflictError>(Assert.Single(payload.Errors)).Path);
        Assert.Equal((1, 1), (creates, readBacks));
    }

    [Fact]
    public async Task Without_a_chosen_id_a_lost_answer_is_reported_and_not_repeated()
    {
        createFailures.Enqueue(new CasaviUnavailableException("casavi timed out", null));

        var error = await Assert.ThrowsAsync<ExecutionError>(() => RunAsync(PipelineDoubles.ValidInput(id: null)));

        Assert.Equal("UPSTREAM_UNAVAILABLE", error.Code);
        Assert.Equal((1, 0), (creates, readBacks));
    }

    private Task<MutationPayload<Thing>> RunAsync(ThingInput input)
    {
        var write = new RecoverableWrite<ThingInput, Thing>(
            (_, created, _) =>
            {
                creates++;
                return createFailures.TryDequeue(out var failure) ? Task.FromException<Thing>(failure) : Task.FromResult(new Thing(created.Id ?? "generated", created.Name));
            },
            (_, _, _) =>
            {
                readBacks++;
                return stored is null ? Task.FromException<Thing>(new CasaviNotFoundException("casavi answered 404", 404)) : Task.FromResult(stored);
            },
            (given, existing) => given.Name == existing.Name,
            new InputEntityId<ThingInput>("Thing", "id", given => given.Id),
            PipelineDoubles.Refusals());
        return write.RunAsync(input, PipelineDoubles.NoServices, default);
    }
}
