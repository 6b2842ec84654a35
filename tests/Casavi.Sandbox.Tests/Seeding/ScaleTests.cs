using Casavi.Contract;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Data.Generation;

namespace Casavi.Sandbox.Tests.Seeding;

/// <summary>The scale multiplies the account; generation shares no state between runs.</summary>
public sealed class ScaleTests
{
    [Fact]
    public void Scale_ten_gives_about_ten_times_the_entities()
    {
        var small = SandboxDataGenerator.Generate(new SandboxOptions());
        var large = SandboxDataGenerator.Generate(new SandboxOptions { Scale = 10 });

        Assert.Equal(10 * small.Properties.Count, large.Properties.Count);
        Assert.Equal(10 * small.Tickets.Count, large.Tickets.Count);
        Assert.Equal(10 * small.Posts.Count, large.Posts.Count);
        Assert.Equal(10 * small.Staff.Count, large.Staff.Count);
        AssertAboutTenTimes(small.Units.Count, large.Units.Count);
        AssertAboutTenTimes(small.Contacts.Count, large.Contacts.Count);
        // Catalogs describe the account, not its size.
        Assert.Equal(small.TicketTypes.Count, large.TicketTypes.Count);
    }

    [Fact]
    public void Generations_running_at_the_same_time_do_not_disturb_each_other()
    {
        var options = new SandboxOptions { Scale = 0.2 };
        var results = Enumerable.Range(0, 4).AsParallel().Select(_ => Fingerprint(SandboxDataGenerator.Generate(options))).ToList();

        Assert.Single(results.Distinct());
    }

    [Fact]
    public void A_scale_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SandboxDataGenerator.Generate(new SandboxOptions { Scale = 0 }));
    }

    private static void AssertAboutTenTimes(int small, int large) => Assert.InRange(large, small * 8.5, small * 11.5);

    private static string Fingerprint(SandboxData data) =>
        JsonSerializer.Serialize(data.Contacts.All(), CasaviJson.Options) + JsonSerializer.Serialize(data.Tickets.All(), CasaviJson.Options);
}
