using Casavi.GraphQL.Kernel.Cost;
using GraphQLParser.AST;

namespace Casavi.GraphQL.Tests.Cost;

/// <summary>The count from the text must match the parser's: names in strings, comments and arguments are no fields, and only a definition's 'fragment' a fragment.</summary>
public sealed class WrittenSizeTests
{
    /// <summary>Documents whose fragments are each spread once, so the written size is also the expanded one.</summary>
    public static TheoryData<string> Documents => new()
    {
        "{ a b { c } }",
        "{ x: a, y : b { z:c } }",
        "{ x # an alias, then a comment\n : a }",
        "query Q($v: Boolean = true, $o: In = { a: { b: 1 } }) @d(x: 1) { a @include(if: $v) b: c @skip(if: $v) { d } }",
        "{ f(filter: { name: \"x\", nested: { city: [1, 2] } }) { id } }",
        "{ f(a: 1.5e-3, b: -2, c: [0, 1]) g }",
        "{ ...F ... on Query { a } ... @include(if: true) { b } ... { c } } fragment F on Query { d e: f }",
        "mutation { m(input: { id: \"1\" }) { ok } } ",
        "\uFEFF{ on: fragment query: mutation { subscription } }",
        "query fragment { a } fragment F on Query { fragment: b }",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Counts_what_the_parsed_document_holds(string text)
    {
        var document = GraphQLParser.Parser.Parse(text);

        var (fields, aliases, fragments) = WrittenSize.Of(text, Unlimited);

        Assert.Equal(DocumentSize.Of(document), (fields, aliases));
        Assert.Equal(document.Definitions.Count(definition => definition is GraphQLFragmentDefinition), fragments);
    }

    [Theory]
    [InlineData("{ f(a: \"} g h: i { j\") }", 1)]
    [InlineData("{ f(a: \"\\\" } x: y\") g }", 2)]
    [InlineData("{ f(a: \"\\\\\") g }", 2)]
    [InlineData("{ f(a: \"\"\" } \\\"\"\" { x: y \"\" z \"\"\") g }", 2)]
    [InlineData("{ f(a: \"\"\"\n{ x }\n\"\"\") }", 1)]
    [InlineData("{ a # } b: c {\n d }", 2)]
    [InlineData("{ a #\r b }", 2)]
    public void Strings_block_strings_and_comments_hide_what_they_hold(string text, int fields)
    {
        Assert.Equal((fields, 0, 0), WrittenSize.Of(text, Unlimited));
        Assert.Equal((double)fields, DocumentSize.Of(GraphQLParser.Parser.Parse(text)).Fields);
    }

    [Fact]
    public void A_spread_counts_as_written_not_expanded()
    {
        const string text = "{ ...F ...F } fragment F on Query { a b }";

        Assert.Equal((2, 0, 1), WrittenSize.Of(text, Unlimited));
        Assert.Equal((4d, 0d), DocumentSize.Of(GraphQLParser.Parser.Parse(text)));
    }

    [Fact]
    public void Every_operation_and_fragment_counts_even_unused()
    {
        Assert.Equal((3, 1, 1), WrittenSize.Of("query A { a } query B { b: c } fragment Unused on Query { d }", Unlimited));
    }

    [Fact]
    public void A_text_cut_anywhere_is_counted_without_failing()
    {
        const string text = "query Q($v: In = { a: \"}\" }) { x: a(s: \"\"\" \\\"\"\" \"\"\") # c\n { ... on T { b } ...F } } fragment F on T { c }";

        for (var length = 0; length <= text.Length; length++)
        {
            var (fields, aliases, fragments) = WrittenSize.Of(text.AsSpan(0, length), Unlimited);
            Assert.InRange(fields, 0, 3);
            Assert.InRange(aliases, 0, 1);
            Assert.InRange(fragments, 0, 1);
        }
    }

    [Fact]
    public void Aliases_of_a_bomb_are_counted()
    {
        Assert.Equal((6_066, 3_033, 0), WrittenSize.Of(AliasBomb, Unlimited));
    }

    [Fact]
    public void Counting_stops_at_the_first_limit_exceeded()
    {
        var repeated = "{ node(id: \"x\") { " + string.Concat(Enumerable.Repeat("id ", 33_000)) + "} }";

        var fragments = "{ a }" + string.Concat(Enumerable.Range(0, 60).Select(i => $" fragment F{i} on Query {{ b }}"));

        // At the 101st alias: 100 aliased fields with their totalCount so far.
        Assert.Equal((200, 101, 0), WrittenSize.Of(AliasBomb, Limits(2_000, 100, 50)));
        Assert.Equal((2_001, 0, 0), WrittenSize.Of(repeated, Limits(2_000, 100, 50)));
        Assert.Equal((51, 0, 51), WrittenSize.Of(fragments, Limits(2_000, 100, 50)));
    }

    private static CostLimits Unlimited => Limits(int.MaxValue, int.MaxValue, int.MaxValue);

    private static CostLimits Limits(int maxFields, int maxAliases, int maxFragments) => new(maxFields, maxAliases, 0, 0, 0, maxFragments);

    private static string AliasBomb => "{" + string.Concat(Enumerable.Range(0, 3_033).Select(i => $" a{i}:units(first:1){{totalCount}}")) + " }";
}
