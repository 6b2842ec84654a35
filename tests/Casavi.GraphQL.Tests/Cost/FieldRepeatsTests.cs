using Casavi.GraphQL.Kernel.Cost;

namespace Casavi.GraphQL.Tests.Cost;

/// <summary>Fields sharing a response path, fragments expanded, are what GraphQL.NET's overlapping-fields rule compares pairwise.</summary>
public sealed class FieldRepeatsTests
{
    [Theory]
    [InlineData("{ a b c }", 1)]
    [InlineData("{ a b a a }", 3)]
    [InlineData("{ x: a a }", 1)]
    [InlineData("{ a: b a }", 2)]
    [InlineData("{ node { id ... on A { id } ... { id ... on B { id } } } }", 4)]
    [InlineData("{ a { id } b { id } }", 1)]
    [InlineData("{ f { g g } f { g g } }", 4)]
    [InlineData("{ f { g { h h } } f { g { h } } }", 3)]
    [InlineData("query A { id id } query B { id }", 2)]
    [InlineData("{ ...F ...F } fragment F on Query { id id }", 4)]
    [InlineData("{ ...F ...G } fragment F on Query { id id } fragment G on Query { id }", 3)]
    [InlineData("{ a { ...F } } fragment F on A { id } fragment Unused on A { x x }", 2)]
    [InlineData("{ ...F } fragment F on Query { id ...F }", 1)]
    public void Counts_the_most_fields_of_one_response_path(string document, int repeats)
    {
        Assert.Equal(repeats, FieldRepeats.MostOf(GraphQLParser.Parser.Parse(document), 2_000));
    }

    [Fact]
    public void Stops_after_the_fields_it_may_visit()
    {
        var doubling = string.Concat(Enumerable.Range(0, 40).Select(i => $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var document = GraphQLParser.Parser.Parse("{ ...F0 }" + doubling + " fragment F40 on Query { id }");

        Assert.Equal(101, FieldRepeats.MostOf(document, 100));
    }
}
