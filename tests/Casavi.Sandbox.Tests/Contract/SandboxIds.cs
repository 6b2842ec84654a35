using System.Net;
using System.Text.Json;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>
/// Real IDs for path parameters, taken the way a client finds them: from the lists, from a
/// property's subcommunities, from a started import. Documents and assembly topics have no list,
/// so those come from the sandbox's data.
/// </summary>
public sealed class SandboxIds(ContractSandboxFixture sandbox)
{
    private readonly Dictionary<string, Task<string>> cache = [];

    public Task<string> ForAsync(string parameter)
    {
        lock (cache)
        {
            if (!cache.TryGetValue(parameter, out var id))
                cache[parameter] = id = ResolveAsync(parameter);
            return id;
        }
    }

    private Task<string> ResolveAsync(string parameter) => parameter switch
    {
        "propertyId" => FirstAsync("/v2/properties"),
        "unitId" => FirstAsync("/v2/units"),
        "contactId" => FirstAsync("/v2/contacts"),
        "ticketId" => FirstAsync("/v2/tickets"),
        "postId" => FirstAsync("/v2/posts"),
        "appointmentId" => FirstAsync("/v2/appointments"),
        "resourceId" => FirstAsync("/v2/consumption/resources"),
        "subcommunityId" => SubcommunityAsync(),
        "jobId" => StartImportAsync(),
        "documentId" => Task.FromResult(sandbox.Server.Data.Documents.All()[0].Id),
        "id" => Task.FromResult(sandbox.Server.Data.AssemblyTopics.All()[0].Id),
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "no source for this path parameter"),
    };

    private async Task<string> FirstAsync(string list)
    {
        var page = await sandbox.CallAsync($"GET {list}", HttpMethod.Get, list, HttpStatusCode.OK);
        return page!.Value.GetProperty("list")[0].GetProperty("id").GetString()!;
    }

    /// <summary>Walks the properties until one names a subcommunity.</summary>
    private async Task<string> SubcommunityAsync()
    {
        string? link = "/v2/properties";
        while (link is not null)
        {
            var page = (await sandbox.CallAsync("GET /v2/properties", HttpMethod.Get, link, HttpStatusCode.OK))!.Value;
            var ids = page.GetProperty("list").EnumerateArray()
                .SelectMany(p => p.TryGetProperty("subcommunityIds", out var sc) ? sc.EnumerateArray() : Enumerable.Empty<JsonElement>());
            if (ids.Select(i => i.GetString()).FirstOrDefault() is { } id)
                return id;
            link = page.TryGetProperty("_links", out var links) && links.TryGetProperty("next", out var next) ? next.GetString() : null;
        }
        throw new InvalidOperationException("No property of the sandbox names a subcommunity.");
    }

    private async Task<string> StartImportAsync()
    {
        var import = ContractBodies.Import("JOB");
        var started = await sandbox.CallAsync("POST /v2/import", HttpMethod.Post, "/v2/import", HttpStatusCode.Created,
            ContractSandboxFixture.Body("POST /v2/import", import));
        return started!.Value.GetProperty("jobId").GetString()!;
    }
}
