using System.ComponentModel;

namespace Casavi.GraphQL.Features.Vulcavo;

/// <summary>The statuses of an owner-assembly topic casavi accepts; <see cref="TopicStatusWireNames.WireName"/> gives casavi's spelling.</summary>
public enum TopicStatus
{
    [Description("The topic is open for the assembly.")]
    Open,

    [Description("The topic is being discussed.")]
    InDiscussion,

    [Description("The owners have voted on the topic.")]
    Voted,

    [Description("The topic is closed.")]
    Closed,
}
