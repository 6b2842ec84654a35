using Casavi.Contract.Integration;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>The <c>registerRestHook</c> input; mirrors casavi's CreateRestHook.</summary>
public sealed record RegisterRestHookInput
{
    public string TargetUrl { get; init; } = "";
    public string Event { get; init; } = "";

    public CreateRestHook ToCasavi() => new() { TargetUrl = TargetUrl, Event = Event };
}
