using System.Globalization;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Paging;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Casavi.GraphQL.Kernel.Cost;

/// <summary>
/// Estimates, from the document alone, the casavi requests and result items of one operation. The
/// model, per field, given how many parent objects ask for it:
/// <list type="bullet">
/// <item>a connection yields <c>first</c> items per parent (default and maximum of <see cref="PageRequest"/>);
/// an unpaged list <see cref="AssumedListLength"/> (casavi's nested lists are short: contracts, contacts);</item>
/// <item>a field that loads entities (<see cref="FieldReach"/> of a resource) costs <see cref="UpstreamModel.Load"/>
/// for the entities it yields; one that calls an endpoint costs <see cref="UpstreamModel.Call"/>, with
/// <c>totalCount</c>, <c>where</c>, <c>order</c>, <c>last</c> and <c>before</c> walking the whole list; a field returning an interface loads one of its resources;</item>
/// <item>every value is a result item; introspection fields cost nothing (bounded by the schema).</item>
/// </list>
/// Copies of a field that differ only in their alias are counted once per selection set, like repeated
/// spreads of one fragment: GraphQL merges fields under one response key, loaders deduplicate keys and
/// connections of one request share each page (<see cref="Paging.RequestPages"/>). Each fragment's cost is computed once per parent count (memoized). The estimate
/// grows with <c>first</c> and with nesting.
/// </summary>
public sealed class OperationCost
{
    /// <summary>Items assumed per parent for a list without <c>first</c>.</summary>
    public const int AssumedListLength = 5;

    private readonly ISchema schema;
    private readonly GraphQLDocument document;
    private readonly IReadOnlyDictionary<string, object?> variables;
    private readonly UpstreamModel upstream;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, double Parents, int PageSize), Cost> fragmentCosts = [];

    private OperationCost(ISchema schema, GraphQLDocument document, IReadOnlyDictionary<string, object?>? variables, UpstreamModel upstream)
    {
        this.schema = schema;
        this.document = document;
        this.variables = variables ?? new Dictionary<string, object?>();
        this.upstream = upstream;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
    }

    /// <summary>Requests and result items of <paramref name="operation"/>; the schema is initialized if it was not.</summary>
    public static (double Requests, double ResultItems) Estimate(
        ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, IReadOnlyDictionary<string, object?>? variables, UpstreamModel upstream)
    {
        schema.Initialize();
        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => schema.Subscription,
        };
        if (root is null)
            return (0, 0);
        var cost = new OperationCost(schema, document, variables, upstream).Selections(operation.SelectionSet, root, 1, PageRequest.DefaultSize);
        return (cost.Requests, cost.Items);
    }

    private readonly record struct Cost(double Requests, double Items)
    {
        public static Cost operator +(Cost a, Cost b) => new(a.Requests + b.Requests, a.Items + b.Items);
    }

    /// <param name="pageSize">Items per parent of list fields directly in a connection type (its <c>first</c>).</param>
    private Cost Selections(GraphQLSelectionSet? set, IGraphType type, double parents, int pageSize)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var total = default(Cost);
        foreach (var selection in set?.Selections ?? [])
        {
            total += selection switch
            {
                GraphQLField field when seen.Add(WithoutAlias(field)) => Field(field, type, parents, pageSize),
                GraphQLInlineFragment inline => Selections(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? type, parents, pageSize),
                GraphQLFragmentSpread spread when seen.Add("..." + spread.FragmentName.Name.StringValue) => Fragment(spread.FragmentName.Name.StringValue, type, parents, pageSize),
                _ => default,
            };
        }

        return total;
    }

    private Cost Fragment(string name, IGraphType type, double parents, int pageSize)
    {
        if (!fragments.TryGetValue(name, out var fragment))
            return default;
        var key = (name, parents, pageSize);
        if (fragmentCosts.TryGetValue(key, out var known))
            return known;
        fragmentCosts[key] = default; // a cycle costs nothing more; validation refuses it
        return fragmentCosts[key] = Selections(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? type, parents, pageSize);
    }

    private Cost Field(GraphQLField field, IGraphType parentType, double parents, int pageSize)
    {
        var name = field.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal))
            return new Cost(0, parents);
        if (parentType is not IComplexGraphType complex || complex.GetField(name) is not { ResolvedType: { } returnType } definition)
            return default; // validation reports unknown fields

        var named = returnType.GetNamedType();
        var isConnection = IsConnectionType(named);
        var first = isConnection ? First(field) : pageSize;
        var isList = UnwrapNonNull(returnType) is ListGraphType;
        var perParent = isConnection ? first : isList ? (IsConnectionType(parentType) ? pageSize : AssumedListLength) : 1;
        var entities = parents * perParent;
        var values = isConnection ? parents : entities;

        var requests = Reach(FieldReach.Of(definition), named, parents, entities, perParent, isConnection && ReadsWhole(field));
        return new Cost(requests, values) + Selections(field.SelectionSet, named, values, first);
    }

    private double Reach(IReadOnlyList<FieldReach> reaches, IGraphType named, double parents, double entities, double perParent, bool wholeList)
    {
        double loads = 0, calls = 0;
        foreach (var reach in reaches)
        {
            if (reach.Resource is { } resource)
            {
                var load = upstream.Load(resource, entities);
                // An interface field (node) loads one of the resources it may reach.
                loads = named is IAbstractGraphType ? Math.Max(loads, load) : loads + load;
            }
            else if (reach.Endpoint is { } endpoint)
            {
                calls += upstream.Call(endpoint, parents, perParent, wholeList);
            }
        }

        return loads + calls;
    }

    /// <summary>A connection reads its list whole for <c>totalCount</c>, and to filter, sort or page it backwards.</summary>
    private bool ReadsWhole(GraphQLField field) =>
        Selects(field.SelectionSet, "totalCount", [])
        || field.Arguments?.Any(argument => argument.Name.StringValue is "where" or "order" or "last" or "before" && argument.Value is not GraphQLNullValue) == true;

    private bool Selects(GraphQLSelectionSet? set, string fieldName, HashSet<string> fragmentsSeen) =>
        (set?.Selections ?? []).Any(selection => selection switch
        {
            GraphQLField field => field.Name.StringValue == fieldName,
            GraphQLInlineFragment inline => Selects(inline.SelectionSet, fieldName, fragmentsSeen),
            GraphQLFragmentSpread spread => fragmentsSeen.Add(spread.FragmentName.Name.StringValue)
                && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                && Selects(fragment.SelectionSet, fieldName, fragmentsSeen),
            _ => false,
        });

    /// <summary>The <c>first</c> argument within 0..max; a variable that is not given (or not a number) counts as the maximum.</summary>
    private int First(GraphQLField field)
    {
        var argument = field.Arguments?.FirstOrDefault(argument => argument.Name.StringValue == "first");
        object? value = argument?.Value switch
        {
            null or GraphQLNullValue => PageRequest.DefaultSize,
            GraphQLIntValue literal => int.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : PageRequest.MaxSize,
            GraphQLVariable variable => variables.TryGetValue(variable.Name.StringValue, out var given) ? given ?? PageRequest.DefaultSize : PageRequest.MaxSize,
            _ => PageRequest.MaxSize,
        };
        return value switch
        {
            int number => Math.Clamp(number, 0, PageRequest.MaxSize),
            long number => (int)Math.Clamp(number, 0, PageRequest.MaxSize),
            _ => PageRequest.MaxSize,
        };
    }

    /// <summary>The field as written after its alias: name, arguments and selections.</summary>
    private string WithoutAlias(GraphQLField field) =>
        document.Source.Slice(field.Name.Location.Start, field.Location.End - field.Name.Location.Start).ToString();

    private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue];

    private static bool IsConnectionType(IGraphType type) =>
        type.GetType().IsGenericType && type.GetType().GetGenericTypeDefinition() == typeof(ConnectionGraphType<>);

    private static IGraphType UnwrapNonNull(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
}
