using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Events;

/// <summary>
/// Each casavi account's unguessable receiving path, <c>/casavi/events/{account}/{token}</c>: the token is
/// HMAC-SHA256 of the account name under <c>Gateway:Events:SigningKey</c>, so every replica derives the
/// same path and nobody without the key can post events.
/// </summary>
public sealed class EventReceivingPaths
{
    public const string Route = "/casavi/events/{account}/{token}";
    private const int MinKeyBytes = 32;

    private readonly byte[] key;
    private readonly Uri? publicUrl;

    public EventReceivingPaths(IOptions<CasaviEventSettings> options)
        : this(options.Value.SigningKey is { } configured ? KeyBytes(configured)! : RandomNumberGenerator.GetBytes(MinKeyBytes), options.Value.PublicUrl)
    {
    }

    internal EventReceivingPaths(byte[] key, Uri? publicUrl)
    {
        this.key = key;
        this.publicUrl = publicUrl;
    }

    /// <summary>The key's bytes, or null when <paramref name="base64"/> is not base64 of at least 32 bytes.</summary>
    public static byte[]? KeyBytes(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) && written >= MinKeyBytes ? bytes[..written] : null;
    }

    /// <summary>Base64url without padding, so it fits a path segment as is.</summary>
    public string TokenFor(string account) => Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(account)));

    public string PathFor(string account) => $"/casavi/events/{Uri.EscapeDataString(account)}/{TokenFor(account)}";

    /// <summary>What casavi calls for <paramref name="account"/>: the path under <c>Gateway:Events:PublicUrl</c> (and its path base, if any).</summary>
    public string UrlFor(string account) =>
        (publicUrl ?? throw new InvalidOperationException("Gateway:Events:PublicUrl is not set.")).GetLeftPart(UriPartial.Path).TrimEnd('/') + PathFor(account);

    /// <summary>Whether <paramref name="token"/> is <paramref name="account"/>'s, compared in constant time.</summary>
    public bool Accepts(string account, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(TokenFor(account)), Encoding.ASCII.GetBytes(token));
}
