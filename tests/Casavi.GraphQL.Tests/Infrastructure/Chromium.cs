namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>
/// The Chromium the browser tests drive: the executable named by <c>CHROMIUM_PATH</c>, otherwise the
/// first of <c>chromium</c>, <c>chromium-browser</c> and <c>google-chrome</c> on <c>PATH</c>.
/// </summary>
public static class Chromium
{
    public const string PathVariable = "CHROMIUM_PATH";

    public static readonly IReadOnlyList<string> CommandNames = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The executable's path, or an explanation of how to provide one.</summary>
    public static (string? Path, string Problem) Locate() => Locate(Environment.GetEnvironmentVariable);

    internal static (string? Path, string Problem) Locate(Func<string, string?> environment)
    {
        var configured = environment(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? (configured, "")
                : (null, $"{PathVariable} is set to {configured}, which does not exist. Point {PathVariable} at a Chromium executable, or unset it to look for {NamesOnPath} on PATH.");
        }

        var directories = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in CommandNames)
        {
            foreach (var directory in directories)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                    return (candidate, "");
            }
        }

        return (null, $"No Chromium found: set {PathVariable} to a Chromium executable, or put {NamesOnPath} on PATH (on Debian: apt-get install -y chromium).");
    }

    private static string NamesOnPath => string.Join(", ", CommandNames.Take(CommandNames.Count - 1)) + " or " + CommandNames[^1];
}
