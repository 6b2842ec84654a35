using System.Text.RegularExpressions;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Architecture;

/// <summary>
/// The gateway's folders are layers: Kernel/* below Features/*, the composition root and the host
/// (Transport, Ide, Health, Hosting, Telemetry) on top. Read from the sources' namespace references.
/// </summary>
public sealed partial class LayeringTests
{
    private static readonly string Root = RepositoryFiles.PathOf("src", "Casavi.GraphQL");
    private static readonly string[] Host = ["Transport", "Ide", "Health", "Hosting", "Telemetry", "Security", "Events"];
    private static readonly IReadOnlyList<(string Folder, string File, string Reference)> References = ReadReferences();

    [Fact]
    public void The_kernel_references_no_feature_no_composition_and_no_host()
    {
        var offending = References.Where(r => r.Folder.StartsWith("Kernel/", StringComparison.Ordinal) && !r.Reference.StartsWith("Kernel/", StringComparison.Ordinal));

        Assert.Empty(offending.Select(r => $"{r.File} → {r.Reference}"));
    }

    [Fact]
    public void Features_build_on_the_kernel_and_each_other_only()
    {
        var offending = References.Where(r => r.Folder.StartsWith("Features/", StringComparison.Ordinal)
            && !r.Reference.StartsWith("Kernel/", StringComparison.Ordinal)
            && !r.Reference.StartsWith("Features/", StringComparison.Ordinal));

        Assert.Empty(offending.Select(r => $"{r.File} → {r.Reference}"));
    }

    [Fact]
    public void Kernel_folders_and_layers_form_no_cycle()
    {
        var edges = References
            .Select(r => (From: Node(r.Folder), To: Node(r.Reference)))
            .Where(edge => edge.From != edge.To)
            .Distinct()
            .ToLookup(edge => edge.From, edge => edge.To);

        var cycle = edges.Select(group => group.Key).Select(start => FindCycle(start, edges)).FirstOrDefault(found => found is not null);

        Assert.True(cycle is null, $"Cycle between folders: {string.Join(" → ", cycle ?? [])}");
    }

    [Fact]
    public void Every_source_file_is_in_a_known_folder()
    {
        var folders = Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Select(FolderOf)
            .Distinct();

        Assert.All(folders, folder => Assert.True(
            folder is "Program" or "Composition" || folder.StartsWith("Kernel/", StringComparison.Ordinal)
                || folder.StartsWith("Features/", StringComparison.Ordinal) || Host.Contains(folder),
            $"{folder} is no layer: put it under Kernel/, Features/, Composition or a host folder."));
    }

    /// <summary>Kernel folders are nodes of their own; each feature, the composition root and each host folder is one layer.</summary>
    private static string Node(string folder) =>
        folder.StartsWith("Features/", StringComparison.Ordinal) ? "Features" : Host.Contains(folder) || folder == "Program" ? "Host" : folder;

    private static string[]? FindCycle(string start, ILookup<string, string> edges)
    {
        var path = new List<string>();
        bool Visit(string node)
        {
            if (path.Count > 0 && node == start) return true;
            if (path.Contains(node)) return false;
            path.Add(node);
            if (edges[node].Any(Visit)) return true;
            path.RemoveAt(path.Count - 1);
            return false;
        }

        return Visit(start) ? [.. path, start] : null;
    }

    private static List<(string Folder, string File, string Reference)> ReadReferences()
    {
        var references = new List<(string, string, string)>();
        foreach (var path in Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories).Where(path => !IsBuildOutput(path)))
        {
            var folder = FolderOf(path);
            var text = File.ReadAllText(path);
            foreach (Match match in NamespaceReference().Matches(text))
                references.Add((folder, Path.GetRelativePath(Root, path), FolderOfNamespace(match.Groups["ns"].Value)));
        }

        return references;
    }

    private static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal) || relative.Contains("node_modules", StringComparison.Ordinal);
    }

    /// <summary>"Kernel/DataLoading", "Features/Units", "Transport"…; Program.cs is "Program".</summary>
    private static string FolderOf(string path)
    {
        var parts = Path.GetRelativePath(Root, path).Replace('\\', '/').Split('/');
        return parts.Length == 1 ? "Program"
            : parts[0] is "Kernel" or "Features" ? $"{parts[0]}/{parts[1]}"
            : parts[0];
    }

    private static string FolderOfNamespace(string ns)
    {
        var parts = ns.Split('.');
        return parts[0] is "Kernel" or "Features" && parts.Length > 1 ? $"{parts[0]}/{parts[1]}" : parts[0];
    }

    /// <summary>A using of, or a qualified name in, a gateway namespace: <c>Casavi.GraphQL.Kernel.Paging</c> or <c>Kernel.DataLoading.X</c>.</summary>
    [GeneratedRegex(@"(?:\bCasavi\.GraphQL\.|(?<![\w.])(?=(?:Kernel|Features)\.))(?<ns>(?:Kernel|Features)\.\w+|Composition|Transport|Ide|Health|Hosting|Telemetry)\b")]
    private static partial Regex NamespaceReference();
}
