using System.Buffers.Text;
using System.Text;
using Casavi.Client;

namespace Casavi.GraphQL.Kernel.Relay;

/// <summary>
/// Relay global IDs: the graph type name and the casavi reference ID, base64url-encoded. IDs of a named
/// casavi account carry its name in front (<c>account/Type:key</c>), so an ID is never resolved in
/// another account than the one it was issued for; the default account's IDs carry none.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string key, CasaviAccount account) =>
        Encode(typeName, key, account.IsDefault ? null : account.Name);

    /// <param name="account">The named account the ID is issued for; null for the default account.</param>
    public static string Encode(string typeName, string key, string? account = null) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(account is null ? $"{typeName}:{key}" : $"{account}/{typeName}:{key}"));

    /// <param name="account">The account named in the ID; null for the default account.</param>
    public static bool TryDecode(string id, out string? account, out string typeName, out string key)
    {
        account = null;
        typeName = key = "";
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        }
        catch (FormatException)
        {
            return false;
        }

        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == text.Length - 1)
            return false;
        typeName = text[..separator];
        key = text[(separator + 1)..];
        var accountEnd = typeName.IndexOf('/', StringComparison.Ordinal);
        if (accountEnd >= 0)
        {
            account = typeName[..accountEnd];
            typeName = typeName[(accountEnd + 1)..];
        }

        return typeName.Length > 0 && account is null or { Length: > 0 };
    }

    /// <summary>Whether an ID naming <paramref name="issuedFor"/> (null: the default account) belongs to <paramref name="account"/>.</summary>
    public static bool BelongsTo(string? issuedFor, CasaviAccount account) =>
        issuedFor is null ? account.IsDefault : issuedFor.Equals(account.Name, StringComparison.OrdinalIgnoreCase) && !account.IsDefault;
}
