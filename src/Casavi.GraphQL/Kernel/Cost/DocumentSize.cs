using GraphQLParser.AST;

namespace Casavi.GraphQL.Kernel.Cost;

/// <summary>
/// Fields and aliases of a parsed document, in time linear in its length, so that an oversized
/// document is refused before validation (whose overlapping-fields rule is quadratic in the fields
/// of a selection set). A fragment counts once per spread; each fragment is counted once (memoized),
/// so fragments spreading fragments cannot make the count itself exponential.
/// </summary>
public static class DocumentSize
{
    /// <summary>
    /// The larger of: the document as written, and all of it expanded: every operation with its spreads
    /// expanded, and each fragment no operation spreads as if spread once. Validation covers all of them,
    /// and the expanded count bounds a walk of every spread (<see cref="FieldRepeats"/>).
    /// </summary>
    public static (double Fields, double Aliases) Of(GraphQLDocument document)
    {
        var written = new Counter(null);
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                written.Add(fragment.SelectionSet);
            }
            else if (definition is GraphQLOperationDefinition operation)
            {
                written.Add(operation.SelectionSet);
            }
        }

        var expanding = new Counter(fragments);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            expanding.Add(operation.SelectionSet);
        foreach (var name in fragments.Keys.Where(name => !expanding.Reached(name)).ToList())
            expanding.AddSpread(name);

        return (Math.Max(written.Fields, expanding.Fields), Math.Max(written.Aliases, expanding.Aliases));
    }

    /// <param name="fragments">Null counts fields as written, without following spreads.</param>
    private sealed class Counter(Dictionary<string, GraphQLFragmentDefinition>? fragments)
    {
        private readonly Dictionary<string, (double Fields, double Aliases)> expanded = new(StringComparer.Ordinal);

        public double Fields { get; private set; }

        public double Aliases { get; private set; }

        public void Add(GraphQLSelectionSet? set)
        {
            var (fields, aliases) = Expand(set);
            Fields += fields;
            Aliases += aliases;
        }

        /// <summary>Whether a spread from what was added so far reached the fragment.</summary>
        public bool Reached(string fragment) => expanded.ContainsKey(fragment);

        /// <summary>Adds the fragment as if spread once (unless another fragment it spreads reached it meanwhile).</summary>
        public void AddSpread(string fragment)
        {
            if (Reached(fragment))
                return;
            var (fields, aliases) = Spread(fragment);
            Fields += fields;
            Aliases += aliases;
        }

        public (double Fields, double Aliases) Expand(GraphQLSelectionSet? set)
        {
            double fields = 0, aliases = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                var (f, a) = selection switch
                {
                    GraphQLField field => Plus(Expand(field.SelectionSet), 1, field.Alias is null ? 0 : 1),
                    GraphQLInlineFragment inline => Expand(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue),
                    _ => (0, 0),
                };
                fields += f;
                aliases += a;
            }

            return (fields, aliases);
        }

        private (double, double) Spread(string name)
        {
            if (fragments is null || !fragments.TryGetValue(name, out var fragment))
                return (0, 0);
            if (expanded.TryGetValue(name, out var known))
                return known;
            expanded[name] = (0, 0); // a cycle counts nothing more; validation refuses it
            return expanded[name] = Expand(fragment.SelectionSet);
        }

        private static (double, double) Plus((double Fields, double Aliases) inner, double fields, double aliases) =>
            (inner.Fields + fields, inner.Aliases + aliases);
    }
}
