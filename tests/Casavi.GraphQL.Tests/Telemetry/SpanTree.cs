using System.Diagnostics;
using System.Globalization;

namespace Casavi.GraphQL.Tests.Telemetry;

/// <summary>The spans of one trace as a tree: ancestry checks and a printable outline.</summary>
public sealed class SpanTree(IReadOnlyList<Activity> spans)
{
    /// <summary>The tags the outline shows, in this order, where a span has them.</summary>
    private static readonly string[] ShownTags =
    [
        "graphql.operation.type", "graphql.error.count", "casavi.requests", "casavi.waves",
        "dataloader.keys", "dataloader.found", "casavi.list.pages", "casavi.list.pages_in_parallel",
        "http.response.status_code", "casavi.attempt",
    ];

    private readonly Dictionary<ActivitySpanId, Activity> byId = spans.ToDictionary(span => span.SpanId);

    public IReadOnlyList<Activity> Spans => spans;

    public bool Descends(Activity span, Activity ancestor)
    {
        for (var parent = ParentOf(span); parent is not null; parent = ParentOf(parent))
        {
            if (parent.SpanId == ancestor.SpanId)
                return true;
        }

        return false;
    }

    /// <summary>One line per span, indented by depth; identical leaf siblings are folded into one line with a count.</summary>
    public string Render() =>
        string.Join(Environment.NewLine, spans.Where(span => ParentOf(span) is null).OrderBy(span => span.StartTimeUtc).SelectMany(root => Lines(root, 0)));

    private Activity? ParentOf(Activity span) => byId.GetValueOrDefault(span.ParentSpanId);

    private IEnumerable<string> Lines(Activity span, int depth)
    {
        yield return new string(' ', depth * 2) + Describe(span);

        var children = spans.Where(child => child.ParentSpanId == span.SpanId).OrderBy(child => child.StartTimeUtc)
            .Select(child => Lines(child, depth + 1).ToList());
        string? folded = null;
        var count = 0;
        foreach (var child in children)
        {
            if (child.Count == 1 && child[0] == folded)
            {
                count++;
                continue;
            }

            if (folded is not null)
                yield return Folded(folded, count);
            folded = null;
            if (child.Count == 1)
            {
                (folded, count) = (child[0], 1);
                continue;
            }

            foreach (var line in child)
                yield return line;
        }

        if (folded is not null)
            yield return Folded(folded, count);
    }

    private static string Folded(string line, int count) => count == 1 ? line : $"{line} ×{count}";

    private static string Describe(Activity span)
    {
        var tags = ShownTags
            .Select(key => (Key: key, Value: span.GetTagItem(key)))
            .Where(tag => tag.Value is not null)
            .Select(tag => string.Create(CultureInfo.InvariantCulture, $"{tag.Key}={tag.Value}"));
        return $"{span.DisplayName} ({span.Source.Name}) {string.Join(' ', tags)}".TrimEnd();
    }
}
