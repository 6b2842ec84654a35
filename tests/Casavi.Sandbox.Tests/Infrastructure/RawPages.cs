namespace Casavi.Sandbox.Tests.Infrastructure;

/// <summary>Reads answers as the bytes the sandbox sent, to compare two sandboxes exactly.</summary>
public static class RawPages
{
    /// <summary>The bodies of every page of a list, following <c>_links.next</c>.</summary>
    public static async Task<List<string>> WalkAsync(HttpClient client, string path)
    {
        var pages = new List<string>();
        for (string? next = path; next is not null;)
        {
            var body = await client.GetStringAsync(next);
            pages.Add(body);
            using var page = JsonDocument.Parse(body);
            next = page.RootElement.TryGetProperty("_links", out var links) ? links.GetProperty("next").GetString() : null;
        }
        return pages;
    }
}
