using System.Net;
using Casavi.Contract.Integration;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>A valid request for each operation of the contract (reads have no body): its path, its body and the success status.</summary>
internal static class ValidRequests
{
    private const string DeleteHook = "DELETE /v2/restHooks/{hookId}";

    /// <summary>With <paramref name="unknownTarget"/> the request is valid but names a resource that does not exist.</summary>
    public static async Task<(string Path, HttpContent? Body)> ForAsync(string operationKey, ContractSandboxFixture sandbox, bool unknownTarget = false)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var path = unknownTarget ? SandboxPaths.FillUnknown(operationKey)
            : operationKey == DeleteHook ? $"/v2/restHooks/{Uri.EscapeDataString(await CreateHookAsync(sandbox))}"
            : await SandboxPaths.FillAsync(operationKey, sandbox.Ids);
        if (operationKey.StartsWith("GET ", StringComparison.Ordinal))
            return (path, null);
        object? body = operationKey switch
        {
            "POST /v2/authenticate" => ContractSandboxFixture.Credentials,
            "POST /v2/tickets/{ticketId}/surveys" => ContractBodies.Survey($"S-{tag}", await sandbox.Ids.ForAsync("contactId")),
            "POST /v2/posts" => ContractBodies.Post(await sandbox.Ids.ForAsync("propertyId"), $"POST-{tag}"),
            "POST /v2/appointments" => ContractBodies.Appointment(await sandbox.Ids.ForAsync("propertyId"), $"A-{tag}"),
            "POST /v2/import" => ContractBodies.Import(tag),
            "POST /v2/restHooks" => ContractBodies.RestHook(),
            DeleteHook => null,
            "POST /v2/vulcavo/assembly-topic/status" => new AssemblyTopicStatus { TopicId = unknownTarget ? SandboxPaths.UnknownId : await sandbox.Ids.ForAsync("id"), Status = "voted" },
            "PATCH /v2/vulcavo/assembly-topic/{id}" => new AssemblyTopicUpdate { Title = $"Dachsanierung {tag}" },
            _ => throw new ArgumentOutOfRangeException(nameof(operationKey), operationKey, "no valid request written for this write"),
        };
        return (path, body is null ? null : ContractSandboxFixture.Body(operationKey, body));
    }

    public static HttpStatusCode SuccessOf(OpenApiOperation operation) =>
        new[] { HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.NoContent }.First(s => operation.Response((int)s) is not null);

    // A hook of its own, so deleting it leaves the listed hooks to the read tests.
    private static async Task<string> CreateHookAsync(ContractSandboxFixture sandbox)
    {
        const string create = "POST /v2/restHooks";
        var hook = await sandbox.CallAsync(create, HttpMethod.Post, "/v2/restHooks", HttpStatusCode.Created, ContractSandboxFixture.Body(create, ContractBodies.RestHook()));
        return hook!.Value.GetProperty("id").GetString()!;
    }
}
