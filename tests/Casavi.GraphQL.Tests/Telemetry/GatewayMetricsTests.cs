using System.Diagnostics.Metrics;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Telemetry;

[Collection(TelemetryTestGroup.Name)]
public sealed class GatewayMetricsTests(TelemetryGateway gateway) : IDisposable
{
    private const string NestedQuery =
        "{ properties(first: 2) { nodes { name units { nodes { name contracts { type contacts { firstName lastName } } } } } } }";

    public void Dispose() => gateway.Sandbox.Knobs.Reset();

    [Fact]
    public async Task A_query_records_the_operation_and_each_casavi_request_it_caused()
    {
        using var recorded = RecordedMeasurements.CreatedBy(gateway.Services.GetRequiredService<IMeterFactory>());

        var cost = UpstreamCost.From(await gateway.PostQueryAsync(NestedQuery, withCost: true));

        var operation = Assert.Single(recorded.Of("graphql.operations"));
        Assert.Equal(1, operation.Value);
        Assert.Equal("query", operation.Tag("graphql.operation.type"));
        Assert.Equal("success", operation.Tag("graphql.outcome"));
        Assert.True(Assert.Single(recorded.Of("graphql.operation.duration")).Value > 0);
        Assert.Equal(cost.Requests, Assert.Single(recorded.Of("graphql.operation.casavi.requests")).Value);
        Assert.Equal(cost.Waves, Assert.Single(recorded.Of("graphql.operation.casavi.waves")).Value);

        var requests = recorded.Of("casavi.client.requests");
        Assert.Equal(cost.ByEndpoint, requests
            .GroupBy(request => $"{request.Tag("http.request.method")} {request.Tag("url.template")}")
            .ToDictionary(group => group.Key, group => (int)group.Sum(request => request.Value)));
        Assert.All(requests, request => Assert.Equal(200, request.Tag("http.response.status_code")));
        Assert.Equal(cost.Requests, recorded.Of("casavi.client.request.duration").Count);
    }

    [Fact]
    public async Task Errors_are_counted_by_their_codes()
    {
        // Once the assumed units route has answered, its 404 is trusted without a look at the list.
        await gateway.PostQueryAsync($$"""{ unit(referenceId: "{{gateway.Sandbox.Data.Units.All()[0].Id}}") { name } }""", withCost: false);
        using var recorded = RecordedMeasurements.CreatedBy(gateway.Services.GetRequiredService<IMeterFactory>());

        await gateway.PostQueryAsync("""{ unit(referenceId: "NO-SUCH-UNIT") { name } }""", withCost: false);

        var operation = Assert.Single(recorded.Of("graphql.operations"));
        Assert.Equal("error", operation.Tag("graphql.outcome"));
        Assert.Equal("NOT_FOUND", operation.Tag("error.type"));
        var request = Assert.Single(recorded.Of("casavi.client.requests"));
        Assert.Equal("/v2/units/{unitId}", request.Tag("url.template"));
        Assert.Equal(404, request.Tag("http.response.status_code"));
    }

    [Fact]
    public async Task A_token_casavi_refused_is_refreshed_and_counted()
    {
        await gateway.PostQueryAsync(CasaviQueries.FirstProperties, withCost: false);
        gateway.Sandbox.Knobs.ExpireAllTokens();
        using var recorded = RecordedMeasurements.CreatedBy(gateway.Services.GetRequiredService<IMeterFactory>());

        await gateway.PostQueryAsync(CasaviQueries.FirstProperties, withCost: false);

        var refresh = Assert.Single(recorded.Of("casavi.client.token.refreshes"));
        Assert.Equal("success", refresh.Tag("outcome"));
        Assert.Equal(
            ["GET /v2/properties 401", "POST /v2/authenticate 200", "GET /v2/properties 200"],
            recorded.Of("casavi.client.requests").Select(r => $"{r.Tag("http.request.method")} {r.Tag("url.template")} {r.Tag("http.response.status_code")}"));
    }

    [Fact]
    public async Task The_embedded_sandbox_measures_its_requests_under_its_own_meter_names()
    {
        static bool ServerDuration(Instrument instrument) =>
            instrument.Name == "http.server.request.duration" && instrument.Meter.Name.EndsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal);
        using var recorded = new RecordedMeasurements(ServerDuration);

        await gateway.PostQueryAsync(NestedQuery, withCost: false);

        var measured = recorded.Of("http.server.request.duration");
        bool CasaviRoute(RecordedMeasurement m) => m.Tag("http.route") is string route && route.StartsWith("/v2/", StringComparison.Ordinal);
        Assert.Contains(measured, m => m.Meter == "Casavi.Sandbox.Microsoft.AspNetCore.Hosting" && CasaviRoute(m));
        Assert.DoesNotContain(measured, m => m.Meter == "Microsoft.AspNetCore.Hosting" && CasaviRoute(m));
        Assert.Contains(measured, m => m.Meter == "Microsoft.AspNetCore.Hosting" && m.Tag("http.route") is "/graphql/");
    }
}
