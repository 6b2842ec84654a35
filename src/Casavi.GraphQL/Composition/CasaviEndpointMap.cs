using System.Text;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Composition;

/// <summary>
/// Which GraphQL fields reach which casavi endpoint, read from the built schema: every field's
/// declared reaches (<see cref="FieldReach"/>), a resource reach standing for the resource's by-id and
/// list endpoints. The contract coverage test and the README's endpoint table both come from here.
/// </summary>
public sealed class CasaviEndpointMap(ISchema schema, IServiceProvider services)
{
    /// <summary>Endpoints no field reaches, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Unreached = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /v2/authenticate"] = "none: the client signs in with it before every call that needs a token",
    };

    /// <summary>Endpoint → the fields that reach it (root fields by name, others as <c>Type.field</c>), both sorted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Build()
    {
        schema.Initialize();
        var map = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in schema.AllTypes.OfType<IComplexGraphType>().Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields)
            {
                foreach (var endpoint in FieldReach.Of(field).SelectMany(EndpointsOf))
                {
                    if (!map.TryGetValue(endpoint, out var fields))
                        map[endpoint] = fields = new SortedSet<string>(StringComparer.Ordinal);
                    fields.Add(type.Name is "Query" or "Mutation" ? field.Name : $"{type.Name}.{field.Name}");
                }
            }
        }

        return map.ToDictionary(entry => entry.Key, entry => (IReadOnlyList<string>)[.. entry.Value], StringComparer.Ordinal);
    }

    /// <summary>The README's table: one row per endpoint, in path order.</summary>
    public string MarkdownTable()
    {
        var rows = Build().Select(entry => (entry.Key, Fields: string.Join(", ", entry.Value.Select(field => $"`{field}`"))))
            .Concat(Unreached.Select(entry => (entry.Key, Fields: entry.Value)))
            .OrderBy(row => row.Key[(row.Key.IndexOf(' ', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal)
            .ThenBy(row => row.Key, StringComparer.Ordinal);
        var table = new StringBuilder("| Endpoint | GraphQL |\n|---|---|\n");
        foreach (var (endpoint, fields) in rows)
            table.Append("| ").Append(endpoint).Append(" | ").Append(fields).Append(" |\n");
        return table.ToString();
    }

    private IEnumerable<string> EndpointsOf(FieldReach reach)
    {
        if (reach.Endpoint is { } endpoint)
            return [endpoint];
        var resource = (ICasaviResource)services.GetRequiredService(typeof(ICasaviResource<>).MakeGenericType(reach.Resource!));
        return new[] { resource.ByIdEndpoint, resource.ListEndpoint }.OfType<string>();
    }
}
