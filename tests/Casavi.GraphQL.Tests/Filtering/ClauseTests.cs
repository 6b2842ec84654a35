using Casavi.GraphQL.Kernel.Filtering;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Filtering;

/// <summary>How <c>where</c> and <c>order</c> read, on plain items.</summary>
public sealed class ClauseTests
{
    private static readonly IServiceProvider Services = new ServiceCollection().BuildServiceProvider();
    private static readonly Flat[] Items =
    [
        new("a", "Müller", 3, null, true, ["red", "blue"]),
        new("b", "mueller", 1, DateTimeOffset.Parse("2026-01-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), false, ["Red"]),
        new("c", null, null, DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null, []),
        new("d", "Adler", 3, null, true, ["green"]),
    ];

    public static TheoryData<string, Dictionary<string, object?>, string[]> Filters => new()
    {
        { "exact eq", Where("name", ("eq", "Müller")), ["a"] },
        { "eq null is missing", Where("name", ("eq", null)), ["c"] },
        { "neq null is present", Where("name", ("neq", null)), ["a", "b", "d"] },
        { "contains ignores case", Where("name", ("contains", "MÜL")), ["a"] },
        { "ncontains keeps missing", Where("name", ("ncontains", "ler")), ["c"] },
        { "startsWith", Where("name", ("startsWith", "m")), ["a", "b"] },
        { "in is exact", Where("name", ("in", new List<object?> { "Adler", "mueller", "MUELLER" })), ["b", "d"] },
        { "gt skips missing", Where("rank", ("gt", 1L)), ["a", "d"] },
        { "nlte keeps missing", Where("rank", ("nlte", 1L)), ["a", "c", "d"] },
        { "all conditions of a field", Where("rank", ("gte", 1L), ("lt", 3L)), ["b"] },
        { "moments", Where("seen", ("lt", DateTimeOffset.Parse("2026-01-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture))), ["c"] },
        { "boolean", Where("active", ("eq", false)), ["b"] },
        { "texts: some entry is exact", Where("tags", ("some", Conditions(("eq", "red")))), ["a"] },
        { "texts: some entry contains, ignoring case", Where("tags", ("some", Conditions(("contains", "RE")))), ["a", "b", "d"] },
        { "texts: all holds for no entries", Where("tags", ("all", Conditions(("eq", "green")))), ["c", "d"] },
        { "texts: none", Where("tags", ("none", Conditions(("startsWith", "r")))), ["c", "d"] },
        { "texts: any false is empty", Where("tags", ("any", false)), ["c"] },
        { "empty or matches nothing", new() { ["or"] = new List<object?>() }, [] },
        {
            "or of and",
            new()
            {
                ["or"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["and"] = new List<object?> { Where("rank", ("eq", 3L)), Where("name", ("startsWith", "a")) } },
                    Where("active", ("eq", false)),
                },
            },
            ["b", "d"]
        },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void A_where_clause_keeps_the_items_that_meet_it(string because, Dictionary<string, object?> where, string[] expected)
    {
        var predicate = WhereClause.Predicate(where, new FlatFields(), Services);

        Assert.True(expected.SequenceEqual(Items.Where(predicate).Select(item => item.Id)), because);
    }

    [Fact]
    public void Order_takes_its_keys_in_turn_puts_missing_values_last_and_breaks_ties_by_key()
    {
        var comparer = OrderClause.ComparerOf(
            [new Dictionary<string, object?> { ["rank"] = OrderClause.Descending }, new Dictionary<string, object?> { ["name"] = OrderClause.Ascending }],
            new FlatFields());

        Assert.Equal(["d", "a", "b", "c"], Items.Order(comparer).Select(item => item.Id));
    }

    [Fact]
    public void Text_sorts_by_culture_ignoring_case()
    {
        var comparer = OrderClause.ComparerOf([new Dictionary<string, object?> { ["name"] = OrderClause.Ascending }], new FlatFields());

        Assert.Equal(["d", "b", "a", "c"], Items.Order(comparer).Select(item => item.Id));
    }

    [Fact]
    public void Pushed_down_are_one_value_a_field_equals_or_a_list_field_holds_and_only_those()
    {
        var where = new Dictionary<string, object?>
        {
            ["name"] = Conditions(("in", new List<object?> { "Adler" })),
            ["tags"] = Conditions(("some", Conditions(("eq", "red")))),
            ["rank"] = Conditions(("in", new List<object?> { 1L, 3L })),
        };
        var pushedDown = new PushedDown(where);

        Assert.Equal("Adler", pushedDown.Equal<string>("name", null));
        Assert.Equal("red", pushedDown.Some<string>("tags", null));
        Assert.Null(pushedDown.Equal<long?>("rank", null));
        Assert.Equal("given", pushedDown.Equal("name", "given"));
        Assert.Equal(["name", "tags"], pushedDown.Fields);
    }

    private static Dictionary<string, object?> Where(string field, params (string Operation, object? Operand)[] operations) =>
        new() { [field] = Conditions(operations) };

    private static Dictionary<string, object?> Conditions(params (string Operation, object? Operand)[] operations) =>
        operations.ToDictionary(operation => operation.Operation, operation => operation.Operand);

    private sealed record Flat(string Id, string? Name, long? Rank, DateTimeOffset? Seen, bool? Active, string[] Tags);

    private sealed class FlatFields : QueryableFields<Flat>
    {
        public FlatFields()
            : base("Flat", item => item.Id)
        {
            Text("name", item => item.Name, "Name.");
            Number("rank", item => item.Rank, "Rank.");
            Moment("seen", item => item.Seen, "Seen.");
            YesNo("active", item => item.Active, "Active.");
            Texts("tags", item => item.Tags, "Tags.");
        }
    }
}
