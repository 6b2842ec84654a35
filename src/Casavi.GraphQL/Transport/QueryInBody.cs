using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace Casavi.GraphQL.Transport;

/// <summary>Judges a query document from its text alone; null lets it be read on.</summary>
internal delegate ExecutionError? QueryTextCheck(ReadOnlySpan<char> query);

/// <summary>
/// The <c>query</c> of a JSON request body, checked while the body is still bytes: unescaped into a
/// pooled buffer, so a document refused for its text never becomes a string (100 KB of query would be a
/// 200 KB string on the large object heap, whose collections are full ones).
/// </summary>
internal static class QueryInBody
{
    /// <returns>
    /// The first refusal of a top-level <c>query</c> string; null when none is refused, or when the body
    /// is not the JSON object expected (reading it whole reports that).
    /// </returns>
    /// <exception cref="TransportException">A query is longer than <paramref name="maxLength"/> characters.</exception>
    public static ExecutionError? Check(ReadOnlySpan<byte> json, int maxLength, QueryTextCheck check)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isQuery = reader.ValueTextEquals("query"u8);
                reader.Read();
                if (isQuery && reader.TokenType == JsonTokenType.String && CheckString(ref reader, maxLength, check) is { } refusal)
                    return refusal;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the full read refuses the body with its own error.
        }

        return null;
    }

    private static ExecutionError? CheckString(ref Utf8JsonReader reader, int maxLength, QueryTextCheck check)
    {
        // Every byte of the escaped value yields at most one character.
        var text = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var length = reader.ValueIsEscaped ? Unescape(reader.ValueSpan, text) : Encoding.UTF8.GetChars(reader.ValueSpan, text);
            if (length > maxLength)
                throw new TransportException(TransportError.QueryTooLong(length, maxLength));
            return check(text.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    /// <summary>
    /// The characters of a string the reader has validated. Not <see cref="Utf8JsonReader.CopyString(Span{char})"/>:
    /// it decodes byte by byte after the first escape, this copies the runs between escapes whole.
    /// </summary>
    private static int Unescape(ReadOnlySpan<byte> escaped, Span<char> text)
    {
        var written = 0;
        while (true)
        {
            var backslash = escaped.IndexOf((byte)'\\');
            // A backslash is ASCII, so it never splits a multi-byte character.
            written += Encoding.UTF8.GetChars(backslash < 0 ? escaped : escaped[..backslash], text[written..]);
            if (backslash < 0)
                return written;
            var escape = escaped[backslash + 1];
            var consumed = escape == 'u' ? 6 : 2;
            text[written++] = escape switch
            {
                (byte)'u' => (char)ushort.Parse(escaped.Slice(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)escape, // '"', '\\' and '/' stand for themselves
            };
            escaped = escaped[(backslash + consumed)..];
        }
    }
}
