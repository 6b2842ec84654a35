using Casavi.GraphQL.Kernel.Cost;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Tests.Infrastructure;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Cost;

[Collection(GatewayTestGroup.Name)]
public sealed class OperationCostTests(GatewayFixture gateway)
{
    // No resources known: every entity is loaded by id, so the figures follow the model plainly.
    private static readonly UpstreamModel ById = new(_ => null, _ => null, 16);

    private static readonly int[] Firsts = [1, 10, 25, 50, 100];

    [Fact]
    public void The_estimate_grows_with_first()
    {
        var estimates = Firsts.Select(first => Estimate($"{{ properties(first: {first}) {{ nodes {{ name units {{ nodes {{ name }} }} }} }} }}")).ToList();

        Assert.All(estimates.Zip(estimates.Skip(1)), pair =>
        {
            Assert.True(pair.Second.Requests >= pair.First.Requests);
            Assert.True(pair.Second.ResultItems > pair.First.ResultItems);
        });
    }

    [Fact]
    public void The_estimate_grows_with_nesting()
    {
        var shallow = Estimate("{ properties { nodes { units { nodes { name } } } } }");
        var deep = Estimate("{ properties { nodes { units { nodes { property { units { nodes { name } } } } } } } }");

        Assert.True(deep.Requests > shallow.Requests);
        Assert.True(deep.ResultItems > shallow.ResultItems);
    }

    [Theory]
    [InlineData("where: { name: { contains: \"a\" } }")]
    [InlineData("order: [{ name: ASC }]")]
    [InlineData("last: 10")]
    public void Filtering_sorting_or_paging_back_reads_the_whole_list_like_total_count(string arguments)
    {
        var forward = Estimate("{ properties(first: 10) { nodes { name } } }");
        var counted = Estimate("{ properties(first: 10) { totalCount nodes { name } } }");
        var whole = Estimate($"{{ properties({arguments}) {{ nodes {{ name }} }} }}");

        Assert.Equal(UpstreamModel.UnknownListPages, whole.Requests);
        Assert.Equal(counted.Requests, whole.Requests);
        Assert.True(whole.Requests > forward.Requests);
    }

    [Fact]
    public void A_nested_connection_read_whole_loads_every_item_of_each_parent()
    {
        var paged = Estimate("{ properties(first: 10) { nodes { units(first: 1) { nodes { name } } } } }");
        var sorted = Estimate("{ properties(first: 10) { nodes { units(first: 1, order: [{ name: ASC }]) { nodes { name } } } } }");

        Assert.True(sorted.Requests >= paged.Requests + (10 * (PageRequest.MaxSize - 1)), $"{sorted.Requests} requests estimated, {paged.Requests} without order");
        Assert.Equal(paged.ResultItems, sorted.ResultItems);
    }

    [Fact]
    public void Fields_differing_only_in_alias_count_once()
    {
        var one = Estimate("{ properties(first: 100) { nodes { name } } }");
        var aliased = Estimate("{ a: properties(first: 100) { nodes { name } } b: properties(first: 100) { nodes { name } } }");
        var different = Estimate("{ a: properties(first: 100) { nodes { name } } b: properties(first: 99) { nodes { name } } }");

        // The aliased copies read the same pages, which one request fetches once.
        Assert.Equal(one, aliased);
        Assert.True(different.Requests > one.Requests);
    }

    [Fact]
    public void A_fragment_counts_per_use_and_is_expanded_once()
    {
        var size = DocumentSize.Of(GraphQLParser.Parser.Parse("{ a: properties { ...P } b: properties(first: 2) { ...P } } fragment P on PropertyConnection { nodes { name city } }"));
        var doubling = string.Concat(Enumerable.Range(0, 60).Select(i => $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var exponential = DocumentSize.Of(GraphQLParser.Parser.Parse("{ ...F0 }" + doubling + " fragment F60 on Query { __typename }"));

        Assert.Equal((8d, 2d), size);
        Assert.Equal(Math.Pow(2, 60), exponential.Fields);
    }

    [Fact]
    public void Every_operation_and_each_fragment_no_operation_spreads_count()
    {
        var size = DocumentSize.Of(GraphQLParser.Parser.Parse(
            "query A { ...F } query B { ...F x: id } fragment F on Query { a b } fragment Unused on Query { ...Inner } fragment Inner on Query { c }"));

        Assert.Equal((6d, 1d), size);
    }

    [Fact]
    public void A_spread_fragment_costs_as_its_fields_written_out()
    {
        var written = Estimate("{ properties(first: 50) { nodes { name units { nodes { name } } } } }");
        var spread = Estimate("{ properties(first: 50) { ...P } } fragment P on PropertyConnection { nodes { name units { nodes { name } } } }");

        Assert.Equal(written, spread);
    }

    private (double Requests, double ResultItems) Estimate(string query)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        return OperationCost.Estimate(gateway.Services.GetRequiredService<ISchema>(), document, operation, null, ById);
    }
}
