using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace Casavi.GraphQL.Transport;

/// <summary>Judges a query document from its text alone; null lets it be read on.</summary>
internal delegate ExecutionError? QueryTextCheck(ReadOnlySpan<char> query);

/// <summary>
/// The <c>query</c> of a JSON request body, checked while the body is still bytes: decoded into a pooled
/// buffer (<see cref="JsonStringBytes"/>), so a document refused for its text never becomes a string
/// (100 KB of query would be a 200 KB string on the large object heap, whose collections are full ones).
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
                // Checked before the reader reads the value: the reader would validate all of it first.
                if (reader.ValueTextEquals("query"u8)
                    && JsonStringBytes.TryFindValue(json, (int)reader.BytesConsumed, out var escaped)
                    && CheckString(escaped, maxLength, check) is { } refusal)
                    return refusal;
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the full read refuses the body with its own error.
        }

        return null;
    }

    private static ExecutionError? CheckString(ReadOnlySpan<byte> escaped, int maxLength, QueryTextCheck check)
    {
        var text = ArrayPool<char>.Shared.Rent(escaped.Length);
        try
        {
            var length = JsonStringBytes.Unescape(escaped, text);
            if (length > maxLength)
                throw new TransportException(TransportError.QueryTooLong(length, maxLength));
            return length < 0 ? null : check(text.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }
}
