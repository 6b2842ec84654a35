using System.Security.Cryptography;
using System.Text;

namespace Casavi.GraphQL.Security;

/// <summary>API keys are configured as SHA-256 hashes and compared in constant time, so neither the configuration nor the timing tells a key.</summary>
internal static class ApiKeyHash
{
    public static bool IsHash(string? hash) =>
        hash is { Length: 64 } && hash.All(char.IsAsciiHexDigit);

    public static byte[] Of(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="hash"/>.</summary>
    public static bool Matches(byte[] presented, string hash) =>
        CryptographicOperations.FixedTimeEquals(presented, Convert.FromHexString(hash));
}
