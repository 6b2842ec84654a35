using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Casavi.GraphQL.Transport;

/// <summary>The one SDL printer: the <c>?sdl</c> route and the schema snapshot test must print identically.</summary>
internal static class SchemaSdl
{
    private static readonly PrintOptions Options = new()
    {
        IncludeDescriptions = true,
        IncludeDeprecationReasons = true,
        StringComparison = StringComparison.Ordinal,
    };

    internal static string PrintSchema(ISchema schema) => schema.Print(Options);
}
