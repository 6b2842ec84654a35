using Microsoft.Extensions.Configuration;

namespace Casavi.GraphQL.Ide;

/// <summary>
/// The Banana Cake Pop bundle copied next to the gateway by the build (folder <c>ide</c>), or the
/// folder named by <c>Ide:Directory</c>.
/// </summary>
internal sealed class IdeFiles(string directory)
{
    public const string DefaultFolder = "ide";

    private readonly Lazy<string> indexHtml = new(() => File.ReadAllText(Path.Combine(directory, "index.html")));

    public string Directory { get; } = directory;

    public bool Exist => File.Exists(Path.Combine(Directory, "index.html"));

    public static IdeFiles Locate(IConfiguration configuration)
    {
        var configured = configuration["Ide:Directory"];
        return new IdeFiles(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, DefaultFolder)
            : Path.GetFullPath(configured, AppContext.BaseDirectory));
    }

    /// <summary>
    /// index.html with a base element: its asset links are relative, and the page is served at the
    /// endpoint path without a trailing slash, where they would otherwise resolve one level too high.
    /// </summary>
    public string IndexHtmlWithBase(string baseHref) =>
        indexHtml.Value.Replace("<head>", $"<head><base href=\"{baseHref}\">", StringComparison.OrdinalIgnoreCase);
}
