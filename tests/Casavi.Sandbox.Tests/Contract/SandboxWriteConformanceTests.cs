using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>Every write of the contract, sent to the sandbox with a valid body, answers what the contract documents.</summary>
[Collection(ContractSandboxGroup.Name)]
public sealed class SandboxWriteConformanceTests(ContractSandboxFixture sandbox)
{
    private static readonly JsonObject Document = ContractDocument.Load();

    public static TheoryData<string> Writes => new(ContractDocument.Operations(Document).Where(o => o.Method != "GET").Select(o => o.Key));

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Valid_write_answers_as_documented(string operationKey)
    {
        var (path, body) = await ValidRequests.ForAsync(operationKey, sandbox);
        var expected = ValidRequests.SuccessOf(ContractDocument.Operation(Document, operationKey));
        await sandbox.CallAsync(operationKey, SandboxPaths.MethodOf(operationKey), path, expected, body, anonymous: operationKey == ContractSandboxFixture.AuthenticateKey);
    }
}
