using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Ide;

public sealed class ChromiumLookupTests : IDisposable
{
    private readonly DirectoryInfo first = Directory.CreateTempSubdirectory("casavi-chromium-a-");
    private readonly DirectoryInfo second = Directory.CreateTempSubdirectory("casavi-chromium-b-");

    [Fact]
    public void CHROMIUM_PATH_wins_over_PATH()
    {
        var configured = Touch(first, "my-chromium");
        Touch(second, "chromium");

        var (path, _) = Chromium.Locate(Variables(("CHROMIUM_PATH", configured), ("PATH", second.FullName)));

        Assert.Equal(configured, path);
    }

    [Fact]
    public void A_CHROMIUM_PATH_that_does_not_exist_is_reported_not_skipped()
    {
        Touch(second, "chromium");
        var missing = Path.Combine(first.FullName, "absent");

        var (path, problem) = Chromium.Locate(Variables(("CHROMIUM_PATH", missing), ("PATH", second.FullName)));

        Assert.Null(path);
        Assert.Contains(missing, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PATH_is_searched_for_each_name_in_turn()
    {
        var expected = Touch(second, "chromium-browser");
        Touch(first, "google-chrome");

        var (path, _) = Chromium.Locate(Variables(("PATH", first.FullName + Path.PathSeparator + second.FullName)));

        Assert.Equal(expected, path);
    }

    [Fact]
    public void Without_any_the_message_names_both_ways_to_provide_one()
    {
        var (path, problem) = Chromium.Locate(Variables(("PATH", first.FullName)));

        Assert.Null(path);
        Assert.Contains("CHROMIUM_PATH", problem, StringComparison.Ordinal);
        Assert.Contains("chromium, chromium-browser or google-chrome on PATH", problem, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        first.Delete(recursive: true);
        second.Delete(recursive: true);
    }

    private static string Touch(DirectoryInfo directory, string name)
    {
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllText(path, "");
        return path;
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(variable => variable.Name == name).Value;
}
