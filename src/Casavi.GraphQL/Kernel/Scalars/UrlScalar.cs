using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Scalars;

/// <summary>Links (app links, images, attachments) as absolute URLs.</summary>
public sealed class UrlScalar : ScalarGraphType
{
    public UrlScalar()
    {
        Name = "URL";
        Description = "An absolute URL (RFC 3986).";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Uri uri => uri.ToString(),
        string text => text,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text when Uri.TryCreate(text, UriKind.Absolute, out var uri) => uri.ToString(),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLParser.AST.GraphQLValue value) => value switch
    {
        GraphQLParser.AST.GraphQLNullValue => null,
        GraphQLParser.AST.GraphQLStringValue text => ParseValue((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };
}
