using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Tests.DataLoading;

public sealed class KeyLocationsTests
{
    [Fact]
    public void Keys_beyond_the_capacity_are_not_remembered_but_known_ones_still_move()
    {
        var locations = new KeyLocations(capacity: 2);
        locations.Record("a", 1);
        locations.Record("b", 2);
        locations.Record("c", 3);
        locations.Record("a", 4);

        Assert.Equal(4, locations.PageOf("a"));
        Assert.Equal(2, locations.PageOf("b"));
        Assert.Null(locations.PageOf("c"));

        // A forgotten key frees its place.
        locations.Forget("a");
        locations.Record("c", 3);
        Assert.Equal(3, locations.PageOf("c"));
    }

    [Fact]
    public void The_pages_holding_keys_are_known_only_when_every_key_is()
    {
        var locations = new KeyLocations(capacity: 10);
        locations.Record("a", 1);
        locations.Record("b", 1);
        locations.Record("c", 5);

        Assert.Equal(new HashSet<int> { 1, 5 }, locations.PagesHolding(["a", "b", "c"]));
        Assert.Null(locations.PagesHolding(["a", "d"]));
    }
}
