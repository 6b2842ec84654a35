using System.Buffers.Text;
using System.Text;

namespace Casavi.GraphQL.Kernel.Relay;

/// <summary>Relay global IDs: the graph type name and the casavi reference ID, base64url-encoded.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    public static bool TryDecode(string id, out string typeName, out string key)
    {
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
        return true;
    }
}
