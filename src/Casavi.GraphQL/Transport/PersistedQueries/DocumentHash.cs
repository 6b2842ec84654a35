using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Casavi.GraphQL.Transport.PersistedQueries;

/// <summary>The name of a query document in persisted queries and trusted-document manifests: lowercase hex SHA-256 of its UTF-8 text.</summary>
internal static class DocumentHash
{
    public static string Of(ReadOnlySpan<char> document)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(document.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(document, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
