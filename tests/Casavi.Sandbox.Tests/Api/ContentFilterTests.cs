namespace Casavi.Sandbox.Tests.Api;

/// <summary>The property filters of posts, appointments and responsibilities.</summary>
[Collection(ReadOnlySandbox.Name)]
public sealed class ContentFilterTests(SandboxHost host)
{
    private string BusyProperty => host.Server.Data.Posts.All().GroupBy(p => p.PropertyId).MaxBy(g => g.Count())!.Key;

    [Fact]
    public async Task Posts_filter_on_their_property()
    {
        var posts = await host.WalkAsync($"/v2/posts?propertyId={BusyProperty}");

        Assert.Equal(host.Server.Data.Posts.All().Count(p => p.PropertyId == BusyProperty), posts.Count);
    }

    [Fact]
    public async Task Property_posts_filter_on_the_infoboard_flag()
    {
        var all = await host.WalkAsync($"/v2/properties/{BusyProperty}/posts");
        var shown = await host.WalkAsync($"/v2/properties/{BusyProperty}/posts?showOnInfoboard=true");
        var hidden = await host.WalkAsync($"/v2/properties/{BusyProperty}/posts?showOnInfoboard=false");

        Assert.All(shown, p => Assert.True(p.GetProperty("showOnInfoboard").GetBoolean()));
        Assert.Equal(all.Count, shown.Count + hidden.Count);
    }

    [Fact]
    public async Task Responsibilities_filter_on_the_portal_flag()
    {
        var property = host.Server.Data.Properties.All().First(p => p.Responsibilities.Exists(r => r.ShowOnPortal == false));

        var shown = await host.WalkAsync($"/v2/properties/{property.Id}/responsibilities?showOnPortal=true");

        Assert.Equal(property.Responsibilities.Count(r => r.ShowOnPortal == true), shown.Count);
        Assert.True(shown.Count < property.Responsibilities.Count);
    }

    [Fact]
    public async Task Appointments_filter_on_any_of_their_properties()
    {
        var shared = host.Server.Data.Appointments.All().First(a => a.PropertyIds.Count > 1);
        var propertyId = shared.PropertyIds[^1];

        var appointments = await host.WalkAsync($"/v2/appointments?propertyId={propertyId}");

        Assert.Contains(appointments, a => a.GetProperty("id").GetString() == shared.Id);
        Assert.All(appointments, a => Assert.Contains(propertyId, a.GetProperty("propertyIds").EnumerateArray().Select(p => p.GetString())));
    }
}
