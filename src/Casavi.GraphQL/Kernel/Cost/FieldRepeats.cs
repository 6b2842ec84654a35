using GraphQLParser;
using GraphQLParser.AST;

namespace Casavi.GraphQL.Kernel.Cost;

/// <summary>
/// How often one field is selected at one place: fields that share a response path (the response names
/// from the operation down to the field), fragments expanded where they are spread, inline fragments adding
/// no name. GraphQL merges them into one value, but validation compares every two of them and their
/// subfields: 2,000 copies of <c>id</c> take 200 ms to validate, 1,000 of a field with subfields seconds,
/// 50 fragments spread together that repeat one field 19 times each 150 ms.
/// </summary>
public static class FieldRepeats
{
    /// <summary>
    /// The most fields sharing one response path in an operation, or in a fragment no operation spreads
    /// (validation covers those too). Walks every spread, so it stops after <paramref name="maxFields"/> fields:
    /// call it for documents that <see cref="DocumentSize"/> found within that many.
    /// </summary>
    public static int MostOf(GraphQLDocument document, int maxFields)
    {
        var fragments = new Dictionary<ROM, GraphQLFragmentDefinition>();
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.Value, fragment);
        var counter = new Counter(fragments, maxFields);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            counter.Count(operation.SelectionSet, counter.NewRoot());
        foreach (var (name, fragment) in fragments)
        {
            if (!counter.Reached.Contains(name))
                counter.Count(fragment.SelectionSet, counter.NewRoot());
        }

        return counter.Most;
    }

    private sealed class Counter(Dictionary<ROM, GraphQLFragmentDefinition> fragments, int maxFields)
    {
        // A response path is its parent path's number and its response name.
        private readonly Dictionary<(int ParentPath, ROM ResponseName), (int Path, int Fields)> paths = [];
        private readonly HashSet<ROM> expanding = [];
        private int lastPath;
        private int visited;

        public HashSet<ROM> Reached { get; } = [];

        public int Most { get; private set; }

        public int NewRoot() => ++lastPath;

        public void Count(GraphQLSelectionSet? selections, int parentPath)
        {
            foreach (var selection in selections?.Selections ?? [])
            {
                if (visited > maxFields)
                    return;
                switch (selection)
                {
                    case GraphQLField field:
                        visited++;
                        var key = (parentPath, (field.Alias?.Name ?? field.Name).Value);
                        var (path, fields) = paths.TryGetValue(key, out var known) ? (known.Path, known.Fields + 1) : (++lastPath, 1);
                        paths[key] = (path, fields);
                        Most = Math.Max(Most, fields);
                        Count(field.SelectionSet, path);
                        break;
                    case GraphQLInlineFragment inline:
                        Count(inline.SelectionSet, parentPath);
                        break;
                    // A fragment within its own expansion is a cycle, which validation refuses.
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.Value, out var fragment) && expanding.Add(fragment.FragmentName.Name.Value):
                        Reached.Add(fragment.FragmentName.Name.Value);
                        Count(fragment.SelectionSet, parentPath);
                        expanding.Remove(fragment.FragmentName.Name.Value);
                        break;
                }
            }
        }
    }
}
