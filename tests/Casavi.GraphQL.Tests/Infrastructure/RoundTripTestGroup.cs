namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>
/// Tests that count waves (dependent round trips) with casavi-like latency run alone, after the others:
/// on a busy machine requests sent together may start too far apart to overlap, which would count as
/// waves the gateway did not cause.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RoundTripTestGroup
{
    public const string Name = "round trips";
}
