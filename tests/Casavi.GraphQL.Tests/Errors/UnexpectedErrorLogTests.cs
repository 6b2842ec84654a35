using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using GraphQL.Execution;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Casavi.GraphQL.Tests.Errors;

/// <summary>A failure of the gateway itself is logged once with its exception, and the client gets the trace id to quote.</summary>
public sealed class UnexpectedErrorLogTests
{
    [Fact]
    public async Task An_INTERNAL_SERVER_ERROR_is_logged_once_at_Error_with_the_trace_id_it_carries()
    {
        await using var root = new GatewayFactory(new Dictionary<string, string?>());
        await using var factory = root.WithWebHostBuilder(web => web.ConfigureTestServices(services => services
            .AddSingleton<IDocumentExecutionListener, ExplodingListener>()
            .AddFakeLogging()));
        using var client = factory.CreateClient();

        var response = await GatewayFixture.PostQueryAsync(client, "query Explode { __typename }", variables: null, withCost: false);

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("INTERNAL_SERVER_ERROR", ErrorMessageAssert.Code(error));
        Assert.DoesNotContain(ExplodingListener.Secret, response.GetRawText(), StringComparison.Ordinal);
        var traceId = error.GetProperty("extensions").GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrEmpty(traceId));
        var logged = Assert.Single(factory.Services.GetFakeLogCollector().GetSnapshot(), record => record.Exception is not null && record.Level >= LogLevel.Error);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal(ExplodingListener.Secret, logged.Exception!.Message);
        Assert.Equal(traceId, logged.GetStructuredStateValue("TraceId"));
    }

    /// <summary>Fails every operation named Explode, as a bug in the gateway would.</summary>
    private sealed class ExplodingListener : DocumentExecutionListenerBase
    {
        public const string Secret = "internal detail the client must not see";

        public override Task BeforeExecutionAsync(IExecutionContext context) =>
            context.Operation.Name?.StringValue == "Explode" ? throw new InvalidOperationException(Secret) : Task.CompletedTask;
    }
}
