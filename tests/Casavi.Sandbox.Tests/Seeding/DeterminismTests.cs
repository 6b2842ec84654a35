namespace Casavi.Sandbox.Tests.Seeding;

/// <summary>The same seed and scale answer byte for byte the same on every start; another seed does not.</summary>
public sealed class DeterminismTests : IAsyncLifetime
{
    private static readonly string[] Lists =
    [
        "/v2/properties", "/v2/units?includeInactiveContracts=true", "/v2/contacts", "/v2/tickets", "/v2/tickets/orders",
        "/v2/tickets/checklists", "/v2/posts", "/v2/appointments", "/v2/staff", "/v2/properties/P-00003/responsibilities",
    ];

    private static readonly string[] ById =
    [
        "/v2/documents/D-00001", "/v2/documents/D-00150", "/v2/subcommunities/SC-001", "/v2/units/P-00010-0003",
        "/v2/contacts/C-000500", "/v2/tickets/T-00042/surveys", "/v2/consumption/resources/RES-GAS",
    ];

    private readonly SandboxHost first = new();
    private readonly SandboxHost second = new();
    private readonly OtherSeedHost otherSeed = new();

    public Task InitializeAsync() => Task.WhenAll(first.InitializeAsync(), second.InitializeAsync(), otherSeed.InitializeAsync());

    public Task DisposeAsync() => Task.WhenAll(first.DisposeAsync(), second.DisposeAsync(), otherSeed.DisposeAsync());

    [Fact]
    public async Task Two_starts_with_the_same_seed_answer_identical_bytes()
    {
        foreach (var path in Lists)
            Assert.Equal(await RawPages.WalkAsync(first.Client, path), await RawPages.WalkAsync(second.Client, path));
        foreach (var path in ById)
            Assert.Equal(await first.Client.GetStringAsync(path), await second.Client.GetStringAsync(path));
    }

    [Fact]
    public async Task Another_seed_gives_other_data_of_the_same_shape()
    {
        var ours = await first.GetJsonAsync("/v2/contacts/C-000001");
        var theirs = await otherSeed.GetJsonAsync("/v2/contacts/C-000001");
        Assert.NotEqual(ours.GetProperty("lastName").GetString() + ours.GetProperty("firstName").GetString(),
            theirs.GetProperty("lastName").GetString() + theirs.GetProperty("firstName").GetString());
        Assert.Equal(first.Server.Data.Properties.Count, otherSeed.Server.Data.Properties.Count);
    }

    private sealed class OtherSeedHost : SandboxHost
    {
        protected override SandboxOptions Options => new() { Seed = 7 };
    }
}
