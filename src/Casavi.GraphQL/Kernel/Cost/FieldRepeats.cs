using GraphQLParser;
using GraphQLParser.AST;

namespace Casavi.GraphQL.Kernel.Cost;

/// <summary>
/// How often one field is selected at one place: fields of an operation or fragment that share a response
/// path (the response names from the definition down to the field; inline fragments add none). GraphQL merges
/// them into one value, but validation compares every two of them and their subfields: 2,000 copies of
/// <c>id</c> take 200 ms to validate, 1,000 of a field with subfields seconds. Counted in one pass over the
/// document as written; a fragment's fields count in the fragment, where validation compares them once.
/// </summary>
public static class FieldRepeats
{
    /// <summary>The most fields sharing one response path in one definition of <paramref name="document"/>.</summary>
    public static int MostOf(GraphQLDocument document)
    {
        var counter = new Counter();
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            counter.Count(selections, counter.NewRoot());
        }

        return counter.Most;
    }

    private sealed class Counter
    {
        // A response path is its parent path's number and its response name.
        private readonly Dictionary<(int ParentPath, ROM ResponseName), (int Path, int Fields)> paths = [];
        private int lastPath;

        public int Most { get; private set; }

        public int NewRoot() => ++lastPath;

        public void Count(GraphQLSelectionSet? selections, int parentPath)
        {
            foreach (var selection in selections?.Selections ?? [])
            {
                if (selection is GraphQLInlineFragment inline)
                {
                    Count(inline.SelectionSet, parentPath);
                }
                else if (selection is GraphQLField field)
                {
                    var key = (parentPath, (field.Alias?.Name ?? field.Name).Value);
                    var (path, fields) = paths.TryGetValue(key, out var known) ? (known.Path, known.Fields + 1) : (++lastPath, 1);
                    paths[key] = (path, fields);
                    Most = Math.Max(Most, fields);
                    Count(field.SelectionSet, path);
                }
            }
        }
    }
}
