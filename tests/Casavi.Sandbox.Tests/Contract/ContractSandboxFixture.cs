using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Contract;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>One sandbox for the contract tests, with a client that is already authenticated.</summary>
public sealed class ContractSandboxFixture : IAsyncLifetime
{
    public const string AuthenticateKey = "POST /v2/authenticate";

    /// <summary>The default options: the seeded data and the sandbox-key / sandbox-secret credentials.</summary>
    public static SandboxOptions Options { get; } = new();

    public static AuthenticateRequest Credentials { get; } = new(Options.Key, Options.Secret);

    private SandboxServer? server;

    public SandboxServer Server => server ?? throw new InvalidOperationException("The sandbox is not started.");

    /// <summary>Sends the session token; requests are relative to the sandbox's base URL.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Sends no token.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public SandboxIds Ids { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        server = await SandboxServer.StartAsync(Options);
        Anonymous = new HttpClient { BaseAddress = server.BaseUrl };
        Client = new HttpClient { BaseAddress = server.BaseUrl };
        using var response = await Anonymous.PostAsJsonAsync("/v2/authenticate", Credentials, CasaviJson.Options);
        var body = await Conformance.AssertAsync(AuthenticateKey, response, HttpStatusCode.OK);
        Client.DefaultRequestHeaders.Add("token", body!.Value.GetProperty("token").GetString());
        Ids = new SandboxIds(this);
    }

    /// <summary>Sends a request and checks the answer against the contract.</summary>
    public async Task<JsonElement?> CallAsync(string operationKey, HttpMethod method, string url, HttpStatusCode expected, HttpContent? content = null, bool anonymous = false)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        using var response = await (anonymous ? Anonymous : Client).SendAsync(request);
        return await Conformance.AssertAsync(operationKey, response, expected);
    }

    /// <summary>JSON content as the client writes it, checked against the operation's request schema first.</summary>
    public static HttpContent Body<T>(string operationKey, T value)
    {
        Conformance.AssertValidRequest(operationKey, JsonSerializer.SerializeToElement(value, CasaviJson.Options));
        return JsonContent.Create(value, options: CasaviJson.Options);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        Anonymous?.Dispose();
        if (server is not null)
            await server.DisposeAsync();
    }
}
