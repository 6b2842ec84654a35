using Casavi.Contract.Integration;

namespace Casavi.GraphQL.Features.Vulcavo;

/// <summary>The <c>updateAssemblyTopic</c> input; absent fields stay as they are.</summary>
public sealed record UpdateAssemblyTopicInput
{
    public string Id { get; init; } = "";
    public string? Title { get; init; }
    public string? Description { get; init; }
    public TopicStatus? Status { get; init; }

    public AssemblyTopicUpdate ToCasavi() => new() { Title = Title, Description = Description, Status = Status?.WireName() };
}
