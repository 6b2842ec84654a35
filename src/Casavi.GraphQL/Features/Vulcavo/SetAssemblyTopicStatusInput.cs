using Casavi.Contract.Integration;

namespace Casavi.GraphQL.Features.Vulcavo;

/// <summary>The <c>setAssemblyTopicStatus</c> input.</summary>
public sealed record SetAssemblyTopicStatusInput
{
    public string TopicId { get; init; } = "";
    public TopicStatus Status { get; init; }

    public AssemblyTopicStatus ToCasavi() => new() { TopicId = TopicId, Status = Status.WireName() };
}
