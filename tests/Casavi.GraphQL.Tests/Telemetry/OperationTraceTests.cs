using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Casavi.GraphQL.Tests.Telemetry;

[Collection(TelemetryTestGroup.Name)]
public sealed partial class OperationTraceTests(TelemetryGateway gateway, ITestOutputHelper output)
{
    private const string NestedQuery =
        "query NestedTrace { properties(first: 2) { nodes { name units { nodes { name contracts { type contacts { firstName lastName } } } } } } }";

    [Fact]
    public async Task The_nested_query_is_one_operation_span_over_its_batches_and_one_span_per_casavi_attempt()
    {
        var response = await gateway.PostQueryAsync(NestedQuery, withCost: true);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var cost = UpstreamCost.From(response);

        var operation = Assert.Single(gateway.Spans.Snapshot(), span => span.DisplayName == "graphql.operation NestedTrace");
        var tree = new SpanTree(await gateway.Spans.TraceOfAsync(operation.TraceId));
        output.WriteLine(tree.Render());

        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NestedQuery))), operation.GetTagItem("graphql.document.sha256"));
        Assert.Equal(0, operation.GetTagItem("graphql.error.count"));
        Assert.Equal(cost.Requests, operation.GetTagItem("casavi.requests"));
        Assert.Single(tree.Spans, span => span.DisplayName.StartsWith("graphql.operation", StringComparison.Ordinal));

        var casavi = tree.Spans.Where(span => span.Source.Name == "Casavi.Client").ToList();
        Assert.Equal(cost.Requests, casavi.Count);
        Assert.Equal(cost.ByEndpoint, casavi.GroupBy(span => span.DisplayName).ToDictionary(group => group.Key, group => group.Count()));
        Assert.All(casavi, span => Assert.True(tree.Descends(span, operation), $"{span.DisplayName} is outside the operation span"));
        Assert.All(casavi, span => Assert.Equal(ActivityKind.Client, span.Kind));

        var batches = tree.Spans.Where(span => span.DisplayName.StartsWith("dataloader ", StringComparison.Ordinal)).ToList();
        var walks = tree.Spans.Where(span => span.DisplayName.StartsWith("list walk ", StringComparison.Ordinal)).ToList();
        Assert.Contains(batches, span => span.DisplayName == "dataloader Unit");
        Assert.Contains(batches, span => span.DisplayName == "dataloader Contact");
        Assert.All(batches.Concat(walks), span => Assert.True(tree.Descends(span, operation), $"{span.DisplayName} is outside the operation span"));
        Assert.All(walks, walk => Assert.Contains(batches, batch => tree.Descends(walk, batch)));
        // Units and contacts come through loaders; the root page (and the sign-in of a cold gateway) do not.
        Assert.All(
            casavi.Where(span => span.DisplayName is not ("GET /v2/properties" or "POST /v2/authenticate")),
            span => Assert.Contains(batches, batch => tree.Descends(span, batch)));
    }

    [Fact]
    public async Task Span_names_and_tags_carry_neither_ids_nor_the_token()
    {
        await gateway.PostQueryAsync(NestedQuery.Replace("NestedTrace", "NestedHygiene", StringComparison.Ordinal), withCost: false);
        var operation = Assert.Single(gateway.Spans.Snapshot(), span => span.DisplayName == "graphql.operation NestedHygiene");
        var trace = await gateway.Spans.TraceOfAsync(operation.TraceId);

        // The only digits in a name may be the API version of a route template.
        Assert.All(trace, span => Assert.DoesNotMatch(Digit(), span.DisplayName.Replace("/v2/", "/", StringComparison.Ordinal)));
        var tags = trace.SelectMany(span => span.TagObjects).ToList();
        Assert.DoesNotContain(tags, tag => tag.Key.Contains("token", StringComparison.OrdinalIgnoreCase));
        // The sandbox's tokens are GUIDs.
        Assert.DoesNotContain(tags, tag => Guid.TryParse(tag.Value?.ToString(), out _));
    }

    [Fact]
    public async Task The_embedded_sandbox_and_the_client_transport_add_no_spans_of_their_own()
    {
        await gateway.PostQueryAsync(NestedQuery.Replace("NestedTrace", "NestedServers", StringComparison.Ordinal), withCost: false);
        var operation = Assert.Single(gateway.Spans.Snapshot(), span => span.DisplayName == "graphql.operation NestedServers");
        var trace = await gateway.Spans.TraceOfAsync(operation.TraceId);

        var server = Assert.Single(trace, span => span.Kind == ActivityKind.Server);
        Assert.StartsWith("POST /graphql", server.DisplayName, StringComparison.Ordinal);
        Assert.Contains(trace, span => span.Source.Name == "Casavi.Client");
        Assert.DoesNotContain(trace, span => span.Source.Name == "System.Net.Http");
    }

    [GeneratedRegex("[0-9]")]
    private static partial Regex Digit();
}
