using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Parsing.Text;

/// <summary>
/// HTML character references a scraper left in the text ('truy vết&amp;nbspxác định', '&amp;quot;Bày với&amp;quot;'): each
/// stands for one character without any guessing, so typed text reads them as that character. Only the references
/// news pages use are known; any other text after an ampersand ('AT&amp;T', 'Q&amp;A') is text.
/// </summary>
internal static class HtmlEntities
{
    /// <summary>The longest reference read: '&amp;#x10FFFF;' and the longest name known both fit.</summary>
    private const int MaxLength = 10;

    /// <summary>The named references news pages use, without the ampersand and the semicolon.</summary>
    private static readonly Dictionary<string, char> Named = new(StringComparer.Ordinal)
    {
        ["nbsp"] = '\u00A0', ["amp"] = '&', ["quot"] = '"', ["apos"] = '\'', ["lt"] = '<', ["gt"] = '>',
        ["ndash"] = '–', ["mdash"] = '—', ["hellip"] = '…', ["laquo"] = '«', ["raquo"] = '»', ["lsquo"] = '‘',
        ["rsquo"] = '’', ["ldquo"] = '“', ["rdquo"] = '”', ["bull"] = '•', ["middot"] = '·', ["deg"] = '°',
        ["times"] = '×', ["copy"] = '©', ["reg"] = '®', ["shy"] = '\u00AD', ["ensp"] = '\u2002', ["emsp"] = '\u2003',
        ["thinsp"] = '\u2009', ["zwnj"] = '\u200C', ["zwj"] = '\u200D',
    };

    /// <summary>
    /// The one reference browsers read without its semicolon that scrapers leave so: a no-break space glued to the next
    /// word ('&amp;nbspxác'). No word of a story spells it.
    /// </summary>
    private const string UnclosedNoBreakSpace = "nbsp";

    /// <summary>
    /// Whether a reference starts at <paramref name="index"/> (an ampersand) and ends before <paramref name="end"/>: its
    /// length and the text it stands for (one character, or a surrogate pair for a numeric reference beyond the BMP).
    /// </summary>
    public static bool TryRead(string text, int index, int end, out int length, out string value)
    {
        length = 0;
        value = "";
        if (index + 2 >= end || text[index] != '&') return false;
        var semicolon = text.IndexOf(';', index + 1, Math.Min(end, index + MaxLength + 1) - index - 1);
        if (text[index + 1] == '#')
        {
            if (semicolon <= index + 2 || !TryReadNumber(text, index + 2, semicolon, out value)) return false;
            length = semicolon + 1 - index;
            return true;
        }

        if (semicolon > index + 1 && Named.TryGetValue(text.Substring(index + 1, semicolon - index - 1), out var named))
        {
            value = named.ToString();
            length = semicolon + 1 - index;
            return true;
        }

        if (index + 1 + UnclosedNoBreakSpace.Length > end
            || string.CompareOrdinal(text, index + 1, UnclosedNoBreakSpace, 0, UnclosedNoBreakSpace.Length) != 0) return false;
        value = "\u00A0";
        length = 1 + UnclosedNoBreakSpace.Length;
        return true;
    }

    /// <summary>
    /// <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> with every reference
    /// read as its character, or null when there is none.
    /// </summary>
    public static string? Decode(string text, int start, int length)
    {
        var end = start + length;
        var ampersand = text.IndexOf('&', start, length);
        StringBuilder? builder = null;
        var copied = start;
        while (ampersand >= 0)
        {
            if (TryRead(text, ampersand, end, out var referenceLength, out var value))
            {
                builder ??= new StringBuilder(length);
                builder.Append(text, copied, ampersand - copied).Append(value);
                copied = ampersand + referenceLength;
            }

            var next = Math.Max(copied, ampersand + 1);
            ampersand = next < end ? text.IndexOf('&', next, end - next) : -1;
        }

        return builder?.Append(text, copied, end - copied).ToString();
    }

    /// <summary>A decimal ('#8220') or hexadecimal ('#x201C') reference to a Unicode scalar value.</summary>
    private static bool TryReadNumber(string text, int start, int end, out string value)
    {
        value = "";
        var hex = text[start] is 'x' or 'X';
        var digits = hex ? text.Substring(start + 1, end - start - 1) : text.Substring(start, end - start);
        if (digits.Length == 0) return false;
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        if (!int.TryParse(digits, style, CultureInfo.InvariantCulture, out var code) || code <= 0 || code > 0x10FFFF
            || code is >= 0xD800 and <= 0xDFFF) return false;
        value = char.ConvertFromUtf32(code);
        return true;
    }
}
