using System.Security.Cryptography;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>
/// Signs cursors with HMAC-SHA256, so a cursor the gateway did not write (one naming another casavi
/// path, page or offset) is refused before anything is fetched. Replicas must share the key
/// (<c>Gateway:CursorSigningKey</c>) to accept each other's cursors.
/// </summary>
public sealed class CursorSigner
{
    /// <summary>The shortest key accepted: HMAC-SHA256 gains nothing from more, and less would weaken it.</summary>
    public const int MinKeyBytes = 32;

    private readonly byte[] key;

    public CursorSigner(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinKeyBytes)
            throw new ArgumentException($"A cursor signing key needs at least {MinKeyBytes} bytes.", nameof(key));
        this.key = key;
    }

    /// <summary>
    /// A random key for this process only: its cursors stop working on restart and on other replicas.
    /// Used only where that is acceptable (Development, the embedded sandbox); elsewhere the key is required at start.
    /// </summary>
    public static CursorSigner WithRandomKey() => new(RandomNumberGenerator.GetBytes(MinKeyBytes));

    /// <summary>A signer whose key is derived from this one for <paramref name="account"/> alone.</summary>
    public CursorSigner ForAccount(string account) =>
        new(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes("casavi-account:" + account.ToUpperInvariant())));

    public byte[] Sign(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(key, payload);

    public bool Verifies(ReadOnlySpan<byte> payload, ReadOnlySpan<byte> signature) =>
        CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), signature);
}
