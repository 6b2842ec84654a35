using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>The sandbox's error answers (400, 401, 404, 409) carry the status codes and bodies the contract documents.</summary>
[Collection(ContractSandboxGroup.Name)]
public sealed class SandboxErrorConformanceTests(ContractSandboxFixture sandbox)
{
    private static readonly JsonObject Document = ContractDocument.Load();

    public static TheoryData<string> WithNotFound => Where(o => o.Response(404) is not null);

    public static TheoryData<string> Lists => Where(o => o.IsList);

    public static TheoryData<string> WithBody => Where(o => o.Node["requestBody"] is not null);

    public static TheoryData<string> WithToken => Where(o => o.Response(401) is not null && o.Key != ContractSandboxFixture.AuthenticateKey);

    public static TheoryData<string> WithConflict => Where(o => o.Response(409) is not null);

    [Theory]
    [MemberData(nameof(WithNotFound))]
    public async Task Unknown_resource_answers_404(string operationKey)
    {
        var (path, body) = await ValidRequests.ForAsync(operationKey, sandbox, unknownTarget: true);
        await sandbox.CallAsync(operationKey, SandboxPaths.MethodOf(operationKey), path, HttpStatusCode.NotFound, body);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Page_beyond_the_last_answers_400(string operationKey)
    {
        var path = await SandboxPaths.FillAsync(operationKey, sandbox.Ids);
        await sandbox.CallAsync(operationKey, HttpMethod.Get, $"{path}?page=100000", HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(WithBody))]
    public async Task Malformed_body_answers_400(string operationKey)
    {
        var (path, _) = await ValidRequests.ForAsync(operationKey, sandbox);
        using var malformed = new StringContent("{\"title\": ", Encoding.UTF8, "application/json");
        await sandbox.CallAsync(operationKey, SandboxPaths.MethodOf(operationKey), path, HttpStatusCode.BadRequest, malformed,
            anonymous: operationKey == ContractSandboxFixture.AuthenticateKey);
    }

    [Theory]
    [MemberData(nameof(WithToken))]
    public async Task Missing_token_answers_401(string operationKey)
    {
        var (path, body) = await ValidRequests.ForAsync(operationKey, sandbox);
        await sandbox.CallAsync(operationKey, SandboxPaths.MethodOf(operationKey), path, HttpStatusCode.Unauthorized, body, anonymous: true);
    }

    [Fact]
    public async Task Wrong_secret_answers_401()
    {
        var body = ContractSandboxFixture.Body(ContractSandboxFixture.AuthenticateKey, ContractSandboxFixture.Credentials with { Secret = "wrong-secret" });
        await sandbox.CallAsync(ContractSandboxFixture.AuthenticateKey, HttpMethod.Post, "/v2/authenticate", HttpStatusCode.Unauthorized, body, anonymous: true);
    }

    [Theory]
    [MemberData(nameof(WithConflict))]
    public async Task Duplicate_id_answers_409(string operationKey)
    {
        var (path, body) = await ValidRequests.ForAsync(operationKey, sandbox);
        var again = await body!.ReadAsByteArrayAsync();
        var success = ValidRequests.SuccessOf(ContractDocument.Operation(Document, operationKey));
        await sandbox.CallAsync(operationKey, HttpMethod.Post, path, success, body);
        using var duplicate = new ByteArrayContent(again) { Headers = { ContentType = new("application/json") } };
        await sandbox.CallAsync(operationKey, HttpMethod.Post, path, HttpStatusCode.Conflict, duplicate);
    }

    private static TheoryData<string> Where(Func<OpenApiOperation, bool> predicate) =>
        new(ContractDocument.Operations(Document).Where(predicate).Select(o => o.Key));
}
