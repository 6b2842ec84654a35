using System.Buffers;
using System.Globalization;
using System.Text;

namespace Casavi.GraphQL.Transport;

/// <summary>
/// A JSON string read straight from a body's bytes. Not <see cref="System.Text.Json.Utf8JsonReader"/>: it
/// validates and decodes byte by byte after a string's first escape, and a bomb's string is 100 KB with
/// escapes near its start; this looks for quotes and backslashes only and copies the runs between whole.
/// </summary>
internal static class JsonStringBytes
{
    private static readonly SearchValues<byte> QuoteOrBackslash = SearchValues.Create("\"\\"u8);

    /// <summary>The escaped bytes of the string value that follows a property name (and its colon) at <paramref name="from"/>.</summary>
    /// <returns>False when no string starts there or it does not end.</returns>
    public static bool TryFindValue(ReadOnlySpan<byte> json, int from, out ReadOnlySpan<byte> escaped)
    {
        escaped = default;
        var start = json[from..].IndexOfAnyExcept(" \t\r\n:"u8);
        if (start < 0 || json[from + start] != '"')
            return false;
        start += from + 1;
        for (var i = start; i < json.Length;)
        {
            var found = json[i..].IndexOfAny(QuoteOrBackslash);
            if (found < 0)
                return false;
            i += found;
            if (json[i] == '"')
            {
                escaped = json[start..i];
                return true;
            }

            i += 2; // a backslash and the character it escapes; the digits of \uXXXX are no quotes
        }

        return false;
    }

    /// <summary>Decodes <paramref name="escaped"/> into <paramref name="text"/>, which needs one character per byte at most.</summary>
    /// <returns>The characters written; -1 for an escape JSON does not know (the full read reports it).</returns>
    public static int Unescape(ReadOnlySpan<byte> escaped, Span<char> text)
    {
        var written = 0;
        while (true)
        {
            var backslash = escaped.IndexOf((byte)'\\');
            // A backslash is ASCII, so it never splits a multi-byte character.
            written += Encoding.UTF8.GetChars(backslash < 0 ? escaped : escaped[..backslash], text[written..]);
            if (backslash < 0)
                return written;
            if (backslash + 1 == escaped.Length)
                return -1;
            var escape = escaped[backslash + 1];
            if (escape == 'u')
            {
                if (escaped.Length < backslash + 6
                    || !ushort.TryParse(escaped.Slice(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                    return -1;
                text[written++] = (char)unit;
                escaped = escaped[(backslash + 6)..];
                continue;
            }

            char? decoded = escape switch
            {
                (byte)'"' or (byte)'\\' or (byte)'/' => (char)escape,
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => null,
            };
            if (decoded is not { } character)
                return -1;
            text[written++] = character;
            escaped = escaped[(backslash + 2)..];
        }
    }
}
