namespace Casavi.GraphQL.Features.Vulcavo;

public static class TopicStatusWireNames
{
    /// <summary>casavi's spelling of a status (snake case, e.g. in_discussion).</summary>
    public static string WireName(this TopicStatus status) => status switch
    {
        TopicStatus.Open => "open",
        TopicStatus.InDiscussion => "in_discussion",
        TopicStatus.Voted => "voted",
        TopicStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a status casavi accepts."),
    };
}
