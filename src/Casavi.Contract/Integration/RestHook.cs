namespace Casavi.Contract.Integration;

/// <summary>Assumed shape: a webhook subscription that casavi calls when events happen.</summary>
public sealed record RestHook
{
    public required string Id { get; init; }
    public required string TargetUrl { get; init; }
    public required string Event { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
}

/// <summary>Assumed: the body of <c>POST /v2/restHooks</c>.</summary>
public sealed record CreateRestHook
{
    public required string TargetUrl { get; init; }
    public required string Event { get; init; }
}
