using System.Text.Json;
using System.Text.RegularExpressions;
using Casavi.GraphQL.Hosting;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Hosting;

/// <summary>
/// The image's contract, read from the Dockerfile (no Docker engine runs here; .ci/published-smoke
/// runs what it runs).
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly IReadOnlyList<Instruction> Instructions = Parse(File.ReadAllText(RepositoryFiles.PathOf("Dockerfile")));

    /// <summary>The image that runs: everything after the last FROM.</summary>
    private static readonly IReadOnlyList<Instruction> RuntimeStage = Instructions.Skip(Instructions.ToList().FindLastIndex(i => i.Is("FROM"))).ToList();

    [Fact]
    public void The_entrypoint_starts_the_gateway()
    {
        var entrypoint = Assert.Single(RuntimeStage, i => i.Is("ENTRYPOINT"));
        var command = JsonSerializer.Deserialize<string[]>(entrypoint.Arguments) ?? [];

        Assert.Equal(["dotnet", "Casavi.GraphQL.dll"], command);
    }

    [Fact]
    public void The_gateway_runs_as_a_user_that_is_not_root()
    {
        var user = RuntimeStage.LastOrDefault(i => i.Is("USER"));

        Assert.True(user is not null, "The runtime stage has no USER line: the gateway would run as root.");
        var name = user.Arguments.Split(':')[0].Trim();
        Assert.NotEmpty(name);
        Assert.NotEqual("root", name);
        Assert.NotEqual("0", name);
    }

    [Fact]
    public void The_healthcheck_runs_the_gateway_s_own_probe()
    {
        var healthcheck = Assert.Single(RuntimeStage, i => i.Is("HEALTHCHECK"));

        Assert.Contains("Casavi.GraphQL.dll", healthcheck.Arguments, StringComparison.Ordinal);
        Assert.Contains($"\"{HealthProbeCommand.Argument}\"", healthcheck.Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public void The_image_runs_in_Production()
    {
        var environment = RuntimeStage.Where(i => i.Is("ENV")).SelectMany(i => EnvironmentAssignment().Matches(i.Arguments)).Select(match => match.Value);

        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", environment);
    }

    [Fact]
    public void Packages_are_restored_before_the_sources_are_copied_so_the_restore_layer_is_reused()
    {
        var list = Instructions.ToList();
        var restore = list.FindIndex(i => i.Is("RUN") && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        var sources = list.FindIndex(i => i.Is("COPY") && i.Arguments.Trim() == ". .");
        var publish = list.FindIndex(i => i.Is("RUN") && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));

        Assert.True(restore >= 0, "No RUN dotnet restore step.");
        Assert.True(sources >= 0, "No COPY . . step.");
        Assert.True(restore < sources, "dotnet restore must come before COPY . . (the restore layer would be rebuilt on every source change).");
        Assert.True(sources < publish, "dotnet publish must come after COPY . .");
        Assert.Contains("--no-restore", list[publish].Arguments, StringComparison.Ordinal);
        Assert.All(list.Take(restore).Where(i => i.Is("COPY")), copy => Assert.DoesNotContain(". .", copy.Arguments, StringComparison.Ordinal));
    }

    [Fact]
    public void The_published_smoke_test_publishes_as_the_Dockerfile_does()
    {
        var publish = Assert.Single(Instructions, i => i.Is("RUN") && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal)).Arguments;
        var withoutOutput = publish[..publish.IndexOf(" -o ", StringComparison.Ordinal)];
        var smoke = File.ReadAllText(RepositoryFiles.PathOf(".ci", "published-smoke"));

        Assert.Contains("-p:DebugType=none", withoutOutput, StringComparison.Ordinal);
        Assert.Contains(withoutOutput + " -o ", smoke, StringComparison.Ordinal);
    }

    /// <summary>Instructions with continuation lines joined and comments dropped.</summary>
    private static List<Instruction> Parse(string dockerfile)
    {
        var instructions = new List<Instruction>();
        var current = "";
        foreach (var raw in dockerfile.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.StartsWith('#') || line.Length == 0)
                continue;

            current += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (line.EndsWith('\\'))
                continue;

            var keyword = current.Split(' ', 2);
            instructions.Add(new Instruction(keyword[0].ToUpperInvariant(), keyword.Length > 1 ? Whitespace().Replace(keyword[1], " ").Trim() : ""));
            current = "";
        }

        return instructions;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*=[^\s]*")]
    private static partial Regex EnvironmentAssignment();

    private sealed record Instruction(string Keyword, string Arguments)
    {
        public bool Is(string keyword) => Keyword == keyword;
    }
}
