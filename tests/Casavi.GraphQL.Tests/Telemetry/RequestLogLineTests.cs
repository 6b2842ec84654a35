using System.Globalization;
using System.Text;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Casavi.GraphQL.Tests.Telemetry;

[Collection(TelemetryTestGroup.Name)]
public sealed class RequestLogLineTests(TelemetryGateway gateway)
{
    private const string Category = "Casavi.GraphQL.Requests";

    [Fact]
    public async Task A_query_logs_one_line_with_its_casavi_cost_even_when_the_client_did_not_ask_for_it()
    {
        await gateway.PostQueryAsync("query LoggedWarmUp " + CasaviQueries.FirstProperties, withCost: false);
        var response = await gateway.PostQueryAsync("query LoggedProperties " + CasaviQueries.FirstProperties, withCost: false);
        var withCost = await gateway.PostQueryAsync("query LoggedPropertiesAgain " + CasaviQueries.FirstProperties, withCost: true);

        Assert.False(response.TryGetProperty("extensions", out _));
        var cost = UpstreamCost.From(withCost);
        var line = Assert.Single(LinesOf("LoggedProperties"));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("query", line.GetStructuredStateValue("OperationType"));
        Assert.Equal("200", line.GetStructuredStateValue("StatusCode"));
        Assert.Equal("", line.GetStructuredStateValue("ErrorCodes"));
        Assert.True(double.Parse(line.GetStructuredStateValue("DurationMs")!, CultureInfo.InvariantCulture) > 0);
        // Accounted without the cost header: the same as the same query reports with it.
        Assert.Equal(cost.Requests.ToString(CultureInfo.InvariantCulture), line.GetStructuredStateValue("CasaviRequests"));
        Assert.Equal(cost.Waves.ToString(CultureInfo.InvariantCulture), line.GetStructuredStateValue("CasaviWaves"));
        Assert.Matches(
            $@"^GraphQL query LoggedProperties answered 200 in \d+\.\d ms for \(anonymous\) on casavi account default: {cost.Requests} casavi requests in {cost.Waves} waves, errors \[\]$",
            line.Message);
    }

    [Fact]
    public async Task Errors_are_logged_by_their_distinct_codes()
    {
        var response = await gateway.PostQueryAsync(
            """query LoggedErrors { a: unit(referenceId: "NO-SUCH-UNIT-A") { name } b: unit(referenceId: "NO-SUCH-UNIT-B") { name } units(first: 101) { nodes { name } } }""",
            withCost: false);
        Assert.Equal(3, response.GetProperty("errors").GetArrayLength());

        var line = Assert.Single(LinesOf("LoggedErrors"));
        Assert.Equal("BAD_USER_INPUT,NOT_FOUND", line.GetStructuredStateValue("ErrorCodes"));
        Assert.Equal("200", line.GetStructuredStateValue("StatusCode"));
        Assert.EndsWith("errors [BAD_USER_INPUT,NOT_FOUND]", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_refused_before_execution_is_logged_with_its_status_and_code()
    {
        bool Refused(FakeLogRecord record) => record.Category == Category && record.GetStructuredStateValue("StatusCode") == "415";
        var before = gateway.Logs.GetSnapshot().Count(Refused);
        using var client = gateway.CreateClient();
        using var content = new StringContent("{}", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(415, (int)response.StatusCode);
        var line = Assert.Single(gateway.Logs.GetSnapshot().Where(Refused).Skip(before));
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", line.GetStructuredStateValue("ErrorCodes"));
        Assert.Equal("unknown", line.GetStructuredStateValue("OperationType"));
        Assert.Equal("0", line.GetStructuredStateValue("CasaviRequests"));
    }

    private IEnumerable<FakeLogRecord> LinesOf(string operationName) =>
        gateway.Logs.GetSnapshot().Where(record => record.Category == Category && record.GetStructuredStateValue("OperationName") == operationName);
}
