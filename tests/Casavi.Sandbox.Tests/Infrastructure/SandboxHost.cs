using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Contract;

namespace Casavi.Sandbox.Tests.Infrastructure;

/// <summary>A started sandbox with an HTTP client that already carries a live token.</summary>
public class SandboxHost : IAsyncLifetime
{
    public SandboxServer Server { get; private set; } = null!;

    /// <summary>Sends the <c>token</c> header on every request.</summary>
    public HttpClient Client { get; private set; } = null!;

    protected virtual SandboxOptions Options => new();

    public async Task InitializeAsync()
    {
        Server = await SandboxServer.StartAsync(Options);
        Client = new HttpClient { BaseAddress = Server.BaseUrl };
        Client.DefaultRequestHeaders.Add("token", await AuthenticateAsync(Server));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Server is not null)
            await Server.DisposeAsync();
    }

    /// <summary>Replaces the client's token, e.g. after a test expired every token.</summary>
    public async Task RenewTokenAsync()
    {
        Client.DefaultRequestHeaders.Remove("token");
        Client.DefaultRequestHeaders.Add("token", await AuthenticateAsync(Server));
    }

    public static async Task<string> AuthenticateAsync(SandboxServer server)
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseUrl };
        using var response = await anonymous.PostAsJsonAsync("/v2/authenticate", new AuthenticateRequest("sandbox-key", "sandbox-secret"));
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(CasaviJson.Options);
        return token!.Token;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every item of a list, following <c>_links.next</c> from the first page.</summary>
    public async Task<List<JsonElement>> WalkAsync(string path)
    {
        var items = new List<JsonElement>();
        for (string? next = path; next is not null;)
        {
            var page = await GetJsonAsync(next);
            items.AddRange(page.GetProperty("list").EnumerateArray());
            next = page.TryGetProperty("_links", out var links) ? links.GetProperty("next").GetString() : null;
        }
        return items;
    }
}
