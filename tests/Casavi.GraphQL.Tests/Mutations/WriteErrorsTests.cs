using Casavi.Client.Errors;
using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Tests.Mutations;

public sealed class WriteErrorsTests
{
    private static readonly IReadOnlyList<string> InputPath = ["input"];

    [Fact]
    public void A_409_is_a_conflict()
    {
        var error = WriteErrors.ToUserError(new CasaviInvalidInputException("casavi POST /v2/posts answered 409 Conflict: taken", 409), InputPath);

        Assert.IsType<ConflictError>(error);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(413)]
    [InlineData(422)]
    public void Other_refusals_are_validation_errors_with_casavis_message(int status)
    {
        var refusal = new CasaviInvalidInputException("casavi POST /v2/posts answered: title is required", status) { Reason = "answered: title is required" };

        var message = Assert.IsType<ValidationError>(WriteErrors.ToUserError(refusal, InputPath)).Message;

        Assert.Contains("title is required", message, StringComparison.Ordinal);
        Assert.DoesNotContain("/v2/", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_404_is_a_not_found_error_only_for_a_named_entity()
    {
        var notFound = new CasaviNotFoundException("casavi answered 404", 404);
        var target = new WriteTarget("RestHook", "H-9", ["input", "id"]);

        var error = Assert.IsType<NotFoundError>(WriteErrors.ToUserError(notFound, InputPath, target));

        Assert.Equal(("RestHook", "H-9"), (error.EntityType, error.ReferenceId));
        Assert.Equal(["input", "id"], error.Path);
        Assert.Null(WriteErrors.ToUserError(notFound, InputPath));
    }

    [Fact]
    public void Credentials_rate_limits_and_outages_stay_graphql_errors()
    {
        Assert.Null(WriteErrors.ToUserError(new CasaviUnauthorizedException("401", 401), InputPath));
        Assert.Null(WriteErrors.ToUserError(new CasaviRateLimitedException("429", TimeSpan.FromSeconds(1)), InputPath));
        Assert.Null(WriteErrors.ToUserError(new CasaviUnavailableException("503", 503), InputPath));
    }
}
