using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Access;

/// <summary>The scope a root field needs when it is not its operation type's default, kept as field metadata.</summary>
public static class FieldScope
{
    private const string MetadataKey = "casavi.scope";

    public static string? Of(FieldType field) => field.GetMetadata<string?>(MetadataKey);

    public static void Require(FieldType field, string scope) => field.WithMetadata(MetadataKey, scope);
}
