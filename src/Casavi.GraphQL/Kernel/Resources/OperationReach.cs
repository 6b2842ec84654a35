using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>The resources an operation's fields load (their <see cref="FieldReach"/>), read from the document before it runs.</summary>
internal static class OperationReach
{
    public static IReadOnlySet<Type> ResourcesOf(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var resources = new HashSet<Type>();
        var root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => null,
        };
        if (root is not null)
            Collect(schema, document, root, operation.SelectionSet, resources, new HashSet<string>(StringComparer.Ordinal));
        return resources;
    }

    private static void Collect(ISchema schema, GraphQLDocument document, IGraphType parent, GraphQLSelectionSet? selections, HashSet<Type> resources, HashSet<string> fragmentsSeen)
    {
        if (selections is null)
            return;
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when parent is IComplexGraphType complex && complex.GetField(field.Name.StringValue) is { } definition:
                    foreach (var reach in FieldReach.Of(definition))
                    {
                        if (reach.Resource is { } resource)
                            resources.Add(resource);
                    }

                    if (definition.ResolvedType?.GetNamedType() is { } fieldType)
                        Collect(schema, document, fieldType, field.SelectionSet, resources, fragmentsSeen);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(schema, document, TypeOf(schema, inline.TypeCondition) ?? parent, inline.SelectionSet, resources, fragmentsSeen);
                    break;
                case GraphQLFragmentSpread spread when fragmentsSeen.Add(spread.FragmentName.Name.StringValue)
                    && FragmentNamed(document, spread.FragmentName.Name.StringValue) is { } fragment:
                    Collect(schema, document, TypeOf(schema, fragment.TypeCondition) ?? parent, fragment.SelectionSet, resources, fragmentsSeen);
                    break;
            }
        }
    }

    private static GraphQLFragmentDefinition? FragmentNamed(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(fragment => fragment.FragmentName.Name.StringValue == name);

    private static IGraphType? TypeOf(ISchema schema, GraphQLTypeCondition? condition) =>
        condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue];
}
