namespace Casavi.Contract.Integration;

/// <summary>Assumed: the body of <c>POST /v2/vulcavo/assembly-topic/status</c> (the excerpt shows <c>{}</c>).</summary>
public sealed record AssemblyTopicStatus
{
    public required string TopicId { get; init; }
    public required string Status { get; init; }
}

/// <summary>Assumed: the body of <c>PATCH /v2/vulcavo/assembly-topic/{id}</c> (the excerpt shows <c>{}</c>).</summary>
public sealed record AssemblyTopicUpdate
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Status { get; init; }
}
