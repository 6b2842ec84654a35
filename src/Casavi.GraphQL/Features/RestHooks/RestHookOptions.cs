namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>Where <c>registerRestHook</c> may send casavi's events (section "Gateway:RestHooks").</summary>
public sealed class RestHookOptions
{
    /// <summary>Host names accepted without the public-address check: receivers inside the network, named on purpose.</summary>
    public IList<string> AllowedHosts { get; } = [];
}
