using System.Security.Cryptography;
using System.Text;
using Casavi.Client;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>
/// The casavi account the gateway reads for, as a cache partition: a hash of the base URL and the
/// API key, so one account's entries are never read for another and no key reaches Redis in clear.
/// </summary>
public sealed class CacheAccount(CasaviAccount account)
{
    /// <summary>The partition's name: 16 hex digits.</summary>
    public string Id { get; } = IdOf(account.Options.BaseUrl, account.Options.Key);

    internal static string IdOf(Uri? baseUrl, string key)
    {
        var material = Encoding.UTF8.GetBytes($"{baseUrl?.AbsoluteUri}\n{key}");
        return Convert.ToHexStringLower(SHA256.HashData(material))[..16];
    }
}
