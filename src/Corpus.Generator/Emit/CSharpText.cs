using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>
/// The only ways article text reaches generated code: as an escaped string literal or as escaped XML doc text.
/// Anything that could end a literal, a comment or a line, or reorder what a reader sees (bidi controls), is escaped.
/// </summary>
internal static class CSharpText
{
    /// <summary>A regular C# string literal with the exact same value, valid under every language version.</summary>
    public static string Literal(string? value)
    {
        if (value is null) return "null";
        return AppendLiteral(new StringBuilder(value.Length + 2), value).ToString();
    }

    /// <summary>Appends <see cref="Literal"/> of <paramref name="value"/> to <paramref name="builder"/> without an intermediate string.</summary>
    public static StringBuilder AppendLiteral(StringBuilder builder, string? value)
    {
        if (value is null) return builder.Append("null");
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (MustEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"');
    }

    /// <summary>Text for inside an XML doc comment element on one line: markup characters escaped, invisible characters as spaces.</summary>
    public static string XmlDoc(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '&') builder.Append("&amp;");
            else if (c == '<') builder.Append("&lt;");
            else if (c == '>') builder.Append("&gt;");
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) builder.Append(c).Append(value[++i]);
            else if (MustEscape(c) || c is '\r' or '\n' or '\t') builder.Append(' '); // control characters are not allowed in XML at all
            else builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Characters shown as escapes: controls, line and paragraph separators, format characters (bidi controls,
    /// zero-width characters, the byte-order mark), lone surrogates, private-use and unassigned code points, and
    /// every space other than U+0020.
    /// </summary>
    private static bool MustEscape(char c)
    {
        if (c < ' ') return true;
        if (c < 0x7F) return false;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => true,
            _ => false,
        };
    }
}
