namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>The <c>removeRestHook</c> input.</summary>
public sealed record RemoveRestHookInput
{
    public string Id { get; init; } = "";
}
