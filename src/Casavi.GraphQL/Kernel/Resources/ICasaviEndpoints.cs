namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// Which casavi endpoints which GraphQL fields (<c>Type.field</c>) reach. Resource descriptions
/// answer for their root fields; hand-written edges declare theirs. The coverage test and the
/// README's endpoint table are built from these answers alone.
/// </summary>
public interface ICasaviEndpoints
{
    IEnumerable<(string Endpoint, string Field)> Endpoints();
}
