using Casavi.Client.Errors;
using Casavi.GraphQL.Kernel.Mutations;
using GraphQL;

namespace Casavi.GraphQL.Tests.Mutations;

public sealed class SingleWriteTests
{
    private int sends;

    [Fact]
    public async Task An_unclear_failure_says_the_write_may_have_been_applied_and_is_not_repeated()
    {
        var error = await Assert.ThrowsAsync<ExecutionError>(() => RunAsync(new CasaviUnavailableException("casavi timed out", null)));

        Assert.Equal("UPSTREAM_UNAVAILABLE", error.Code);
        Assert.Contains("may or may not have been applied", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Look before trying again.", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, sends);
    }

    [Theory]
    [InlineData(409, typeof(ConflictError), "input.id")]
    [InlineData(404, typeof(NotFoundError), "input.propertyId")]
    [InlineData(422, typeof(ValidationError), "input")]
    public async Task A_refusal_is_a_user_error_at_the_field_it_concerns(int status, Type errorType, string path)
    {
        CasaviApiException refusal = status == 404 ? new CasaviNotFoundException("casavi answered 404", status) : new CasaviInvalidInputException($"casavi answered {status}", status);

        var error = Assert.Single((await RunAsync(refusal)).Errors);

        Assert.IsType(errorType, error);
        Assert.Equal(path, string.Join('.', error.Path));
    }

    private Task<MutationPayload<Thing>> RunAsync(Exception failure)
    {
        var write = new SingleWrite<ThingInput, Thing>(
            (_, _, _) =>
            {
                sends++;
                return Task.FromException<Thing>(failure);
            },
            PipelineDoubles.Refusals(),
            "Look before trying again.");
        return write.RunAsync(PipelineDoubles.ValidInput(), PipelineDoubles.NoServices, default);
    }
}
