namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>Queries whose answers need casavi, for tests that watch upstream traffic.</summary>
public static class CasaviQueries
{
    public const string FirstProperties = "{ properties(first: 3) { edges { node { id name } } } }";
}
