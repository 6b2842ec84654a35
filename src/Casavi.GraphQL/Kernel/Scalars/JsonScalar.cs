using System.Text.Json;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Scalars;

/// <summary>Free-form JSON (casavi's custom fields), passed through as casavi sent it.</summary>
public sealed class JsonScalar : ScalarGraphType
{
    public JsonScalar()
    {
        Name = "JSON";
        Description = "Any JSON value, passed through unchanged (used for custom fields defined by property managers).";
    }

    public override object? Serialize(object? value) => value;

    public override object? ParseValue(object? value) => value;

    public override object? ParseLiteral(GraphQLParser.AST.GraphQLValue value) =>
        throw new InvalidOperationException("JSON values can be passed only as variables.");

    public override bool CanParseValue(object? value) => value is null or JsonElement or string or bool or int or long or double or decimal or IDictionary<string, object?> or IEnumerable<object?>;
}
