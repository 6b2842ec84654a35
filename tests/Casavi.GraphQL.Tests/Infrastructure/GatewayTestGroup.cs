namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>Test classes marked <c>[Collection("gateway")]</c> share one <see cref="GatewayFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayTestGroup : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway";
}
