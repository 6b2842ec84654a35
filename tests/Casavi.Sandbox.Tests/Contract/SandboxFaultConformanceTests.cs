using System.Net;
using System.Text;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>Throttling, outages and oversized bodies answer with the documented status, body and headers.</summary>
[Collection(ContractSandboxGroup.Name)]
public sealed class SandboxFaultConformanceTests(ContractSandboxFixture sandbox)
{
    [Theory]
    [InlineData("GET /v2/properties", 429)]
    [InlineData("GET /v2/properties", 503)]
    [InlineData("POST /v2/import", 503)]
    [InlineData("POST /v2/authenticate", 429)]
    public async Task Scripted_fault_answers_as_documented(string operationKey, int status)
    {
        var (path, body) = await ValidRequests.ForAsync(operationKey, sandbox);
        var method = SandboxPaths.MethodOf(operationKey);
        sandbox.Server.Knobs.ScriptFault(method.Method, path, status, 1, retryAfterSeconds: 3);
        using var request = new HttpRequestMessage(method, path) { Content = body };
        using var response = await sandbox.Client.SendAsync(request);
        await Conformance.AssertAsync(operationKey, response, (HttpStatusCode)status);
        if (status == 429)
            Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Body_over_15_MB_answers_413()
    {
        // Valid JSON, so only the size can be the reason: 16 MB of padding in a contact's name.
        var padding = new string('x', 16 * 1024 * 1024);
        const string operationKey = "POST /v2/import";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v2/import")
        {
            Content = new StringContent($"{{\"contacts\":[{{\"id\":\"C-BIG\",\"firstName\":\"{padding}\"}}]}}", Encoding.UTF8, "application/json"),
        };
        // The sandbox refuses by Content-Length before the body is sent; without 100-continue the
        // client would still be writing when the connection closes.
        request.Headers.ExpectContinue = true;
        using var response = await sandbox.Client.SendAsync(request);
        await Conformance.AssertAsync(operationKey, response, HttpStatusCode.RequestEntityTooLarge);
    }
}
