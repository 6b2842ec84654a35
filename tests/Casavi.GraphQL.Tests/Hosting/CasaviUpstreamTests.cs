using Casavi.GraphQL.Hosting;

namespace Casavi.GraphQL.Tests.Hosting;

public sealed class CasaviUpstreamTests
{
    [Fact]
    public void The_description_never_shows_credentials_in_the_url()
    {
        var upstream = new CasaviUpstream(false, new Uri("https://user:secret@api.example.test/base/?token=abc"));

        Assert.Equal("casavi at https://api.example.test/base/", upstream.Describe());
    }

    [Fact]
    public void The_embedded_sandbox_is_named_as_such()
    {
        var upstream = new CasaviUpstream(true, new Uri("http://127.0.0.1:4711/"));

        Assert.Equal("the embedded casavi sandbox at http://127.0.0.1:4711/ (generated data, not a casavi account)", upstream.Describe());
    }
}
