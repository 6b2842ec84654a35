using System.Buffers;

namespace Casavi.GraphQL.Kernel.Cost;

/// <summary>
/// Fields, aliases and fragment definitions of a query document as written, counted from its text in one
/// pass that allocates nothing: for an executable document the figures of <see cref="DocumentSize"/> before
/// spreads are expanded, which are never larger than its result. So a text over a limit is refused before
/// the parser builds a syntax tree of it (100 KB of fields take milliseconds and megabytes to parse).
/// A text that would not parse, or holds type definitions, is counted token by token all the same:
/// it would be refused anyway, now for its size.
/// </summary>
public static class WrittenSize
{
    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> LineEnds = SearchValues.Create("\n\r");

    /// <summary>
    /// Counts until one of them exceeds its limit of <paramref name="limits"/>: the counts only grow, so
    /// the rest of a bomb need not be read to refuse it.
    /// </summary>
    public static (int Fields, int Aliases, int Fragments) Of(ReadOnlySpan<char> text, CostLimits limits)
    {
        int fields = 0, aliases = 0, fragments = 0, selectionDepth = 0, argumentDepth = 0;
        // A definition starts the text or follows the brace closing the one before; only there is
        // 'fragment' the keyword (an operation may be named so).
        var atDefinitionStart = true;
        // Names that are not fields although they stand in a selection set: after '@' a directive's,
        // after '...' a spread fragment's or 'on' and the type condition.
        var nameIsDirective = false;
        var afterEllipsis = false;
        var afterOn = false;
        var previousWasField = false;
        var i = 0;
        while (i < text.Length && fields <= limits.MaxFields && aliases <= limits.MaxAliases && fragments <= limits.MaxFragments)
        {
            var c = text[i];
            if (IsNameStart(c))
            {
                var length = NameLength(text[i..]);
                fragments += atDefinitionStart && selectionDepth == 0 && text.Slice(i, length) is "fragment" ? 1 : 0;
                atDefinitionStart = false;
                var inSelection = selectionDepth > 0 && argumentDepth == 0;
                var isField = inSelection && !nameIsDirective && !afterEllipsis && !afterOn;
                afterOn = afterEllipsis && text.Slice(i, length) is "on";
                nameIsDirective = afterEllipsis = false;
                fields += isField ? 1 : 0;
                previousWasField = isField;
                i += length;
                continue;
            }

            if (c == '#')
            {
                i = End(text, i + 1, LineEnds);
                continue;
            }

            if (IsIgnored(c))
            {
                i++;
                continue;
            }

            // Any other token ends what the names before it announced.
            nameIsDirective = afterEllipsis = afterOn = atDefinitionStart = false;
            var wasField = previousWasField;
            previousWasField = false;
            switch (c)
            {
                case '"':
                    i = EndOfString(text, i);
                    continue;
                case '.' when text[i..].StartsWith("..."):
                    afterEllipsis = true;
                    i += 3;
                    continue;
                case '@':
                    nameIsDirective = true;
                    break;
                case ':' when wasField && argumentDepth == 0:
                    // The name before was an alias; the field's name follows.
                    fields--;
                    aliases++;
                    break;
                case '(':
                    argumentDepth++;
                    break;
                case ')' when argumentDepth > 0:
                    argumentDepth--;
                    break;
                // Braces within arguments are input objects, not selection sets.
                case '{' when argumentDepth == 0:
                    selectionDepth++;
                    break;
                case '}' when argumentDepth == 0 && selectionDepth > 0:
                    selectionDepth--;
                    atDefinitionStart = selectionDepth == 0;
                    break;
                case '-' or (>= '0' and <= '9'):
                    // A number, with its exponent or a letter glued to it: none of it is a name.
                    i = NumberEnd(text, i);
                    continue;
            }

            i++;
        }

        return (fields, aliases, fragments);
    }

    /// <summary>White space, line ends, commas and the byte order mark: insignificant between tokens.</summary>
    private static bool IsIgnored(char c) => c is ' ' or '\t' or '\n' or '\r' or ',' or '\uFEFF';

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static int NameLength(ReadOnlySpan<char> text)
    {
        var length = 1;
        while (length < text.Length && IsNameChar(text[length]))
            length++;
        return length;
    }

    private static int NumberEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start + 1;
        while (i < text.Length && (IsNameChar(text[i]) || text[i] == '.'))
            i++;
        return i;
    }

    /// <summary>Past the closing quote; a string left open at a line end stops there (the parser rejects it).</summary>
    private static int EndOfString(ReadOnlySpan<char> text, int start)
    {
        if (text[start..].StartsWith("\"\"\""))
            return EndOfBlockString(text, start + 3);
        var i = start + 1;
        while (true)
        {
            i = End(text, i, StringStops);
            if (i == text.Length || text[i] is '\n' or '\r')
                return i;
            if (text[i] == '"')
                return i + 1;
            i += 2; // a backslash escapes the character after it
        }
    }

    /// <summary>Past the closing <c>"""</c>; only <c>\"""</c> is escaped in a block string.</summary>
    private static int EndOfBlockString(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (true)
        {
            var found = text[i..].IndexOf("\"\"\"");
            if (found < 0)
                return text.Length;
            i += found;
            if (text[i - 1] != '\\')
                return i + 3;
            i += 3;
        }
    }

    /// <summary>The index of the first of <paramref name="stops"/> from <paramref name="start"/>, or the text's length.</summary>
    private static int End(ReadOnlySpan<char> text, int start, SearchValues<char> stops)
    {
        var found = start < text.Length ? text[start..].IndexOfAny(stops) : -1;
        return found < 0 ? text.Length : start + found;
    }
}
