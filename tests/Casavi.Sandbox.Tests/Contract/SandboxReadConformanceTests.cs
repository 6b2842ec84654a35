using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>Every read of the contract, called on the sandbox, answers what the contract documents.</summary>
[Collection(ContractSandboxGroup.Name)]
public sealed class SandboxReadConformanceTests(ContractSandboxFixture sandbox)
{
    private static readonly JsonObject Document = ContractDocument.Load();

    public static TheoryData<string> Reads => new(ContractDocument.Operations(Document).Where(o => o.Method == "GET").Select(o => o.Key));

    public static TheoryData<string> FilteredReads => new(ContractDocument.Operations(Document)
        .Where(o => o.Method == "GET" && o.QueryParameterNames().Any(n => n != "page")).Select(o => o.Key));

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_answers_as_documented_and_lists_follow_next(string operationKey)
    {
        var body = await sandbox.CallAsync(operationKey, HttpMethod.Get, await SandboxPaths.FillAsync(operationKey, sandbox.Ids), HttpStatusCode.OK);
        if (ContractDocument.Operation(Document, operationKey).IsList && NextLink(body!.Value) is { } next)
            await sandbox.CallAsync(operationKey, HttpMethod.Get, next, HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(FilteredReads))]
    public async Task Read_with_every_filter_set_answers_as_documented(string operationKey)
    {
        var filters = new List<string>();
        foreach (var parameter in ContractDocument.Operation(Document, operationKey).Parameters().Where(p => (string?)p["in"] == "query" && (string?)p["name"] != "page"))
        {
            var name = (string)parameter["name"]!;
            // ID filters need an ID that exists; the others use the contract's own example.
            var value = name.EndsWith("Id", StringComparison.Ordinal) ? await sandbox.Ids.ForAsync(name) : parameter["example"]!.ToJsonString().Trim('"');
            filters.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        var path = await SandboxPaths.FillAsync(operationKey, sandbox.Ids);
        await sandbox.CallAsync(operationKey, HttpMethod.Get, $"{path}?{string.Join('&', filters)}", HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("GET /v2/properties")]
    [InlineData("GET /v2/units")]
    [InlineData("GET /v2/contacts")]
    [InlineData("GET /v2/tickets")]
    public async Task Long_lists_have_full_pages_and_a_second_page(string operationKey)
    {
        var first = (await sandbox.CallAsync(operationKey, HttpMethod.Get, SandboxPaths.PathOf(operationKey), HttpStatusCode.OK))!.Value;
        Assert.Equal(25, first.GetProperty("list").GetArrayLength());
        var next = NextLink(first);
        Assert.NotNull(next);
        var second = (await sandbox.CallAsync(operationKey, HttpMethod.Get, next, HttpStatusCode.OK))!.Value;
        Assert.NotEqual(first.GetProperty("list")[0].GetProperty("id").GetString(), second.GetProperty("list")[0].GetProperty("id").GetString());
    }

    private static string? NextLink(JsonElement page) =>
        page.TryGetProperty("_links", out var links) && links.ValueKind == JsonValueKind.Object
        && links.TryGetProperty("next", out var next) && next.GetString() is { Length: > 0 } link
            ? link
            : null;
}
