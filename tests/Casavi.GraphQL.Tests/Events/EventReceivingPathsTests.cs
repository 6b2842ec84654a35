using Casavi.GraphQL.Events;

namespace Casavi.GraphQL.Tests.Events;

public sealed class EventReceivingPathsTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    [Fact]
    public void The_token_is_the_hmac_sha256_of_the_account_name_in_base64url()
    {
        var paths = new EventReceivingPaths(Key, new Uri("https://gateway.example.com"));

        // Computed independently: HMAC-SHA256(key 00..1f, "default"), base64url without padding.
        Assert.Equal("k9BNM5phqEQY_CJESgDKZr9ztaFSTdHx25TZPd5HYIs", paths.TokenFor("default"));
        Assert.Equal("/casavi/events/default/k9BNM5phqEQY_CJESgDKZr9ztaFSTdHx25TZPd5HYIs", paths.PathFor("default"));
    }

    [Fact]
    public void Each_account_and_key_has_a_token_of_its_own()
    {
        var paths = new EventReceivingPaths(Key, null);
        var otherKey = new EventReceivingPaths([.. Key.Reverse()], null);

        Assert.NotEqual(paths.TokenFor("default"), paths.TokenFor("second"));
        Assert.NotEqual(paths.TokenFor("default"), otherKey.TokenFor("default"));
    }

    [Fact]
    public void Only_the_accounts_own_token_is_accepted()
    {
        var paths = new EventReceivingPaths(Key, null);

        Assert.True(paths.Accepts("second", paths.TokenFor("second")));
        Assert.False(paths.Accepts("second", paths.TokenFor("default")));
        Assert.False(paths.Accepts("second", paths.TokenFor("second")[..^1]));
        Assert.False(paths.Accepts("second", ""));
    }

    [Theory]
    [InlineData("https://gateway.example.com", "https://gateway.example.com/casavi/events/")]
    [InlineData("https://gateway.example.com/", "https://gateway.example.com/casavi/events/")]
    [InlineData("https://example.com/graph/", "https://example.com/graph/casavi/events/")]
    public void The_url_casavi_calls_is_the_path_under_the_public_url(string publicUrl, string expectedStart)
    {
        var paths = new EventReceivingPaths(Key, new Uri(publicUrl));

        Assert.Equal(expectedStart + "default/" + paths.TokenFor("default"), paths.UrlFor("default"));
    }

    [Theory]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", true)]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd", false)]
    [InlineData("not base64!", false)]
    public void A_signing_key_must_be_base64_of_at_least_32_bytes(string key, bool valid) =>
        Assert.Equal(valid, EventReceivingPaths.KeyBytes(key) is not null);
}
