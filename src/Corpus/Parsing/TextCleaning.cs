using System.Globalization;
using System.Text;

namespace Corpus.Parsing;

/// <summary>Turns printed text into clean field text and into ASCII keys. Pure functions, shared with the generator.</summary>
internal static class TextCleaning
{
    /// <summary>
    /// Clean field text: NFC, every run of white space (no-break spaces included) as one space, trimmed,
    /// control and zero-width characters removed, lone surrogates replaced by U+FFFD.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisible(c)) continue;

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                // string.Normalize throws on ill-formed UTF-16 and on noncharacters; a generator must not.
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return ToNfc(builder.ToString());
    }

    private static string ToNfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (System.ArgumentException)
        {
            // A code point the platform's normalizer rejects (beyond the known noncharacters): replace it and normalize.
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned ? '\uFFFD' : c);
            }

            return builder.ToString().Normalize(NormalizationForm.FormC);
        }
    }

    /// <summary>U+FDD0–U+FDEF and U+FFFE/U+FFFF: code points Unicode reserves as never being characters.</summary>
    private static bool IsNoncharacter(char c) => c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF';

    /// <summary>Characters that carry no text: controls, the byte-order mark and zero-width spaces.</summary>
    public static bool IsInvisible(char c) =>
        char.IsControl(c) || c is '\uFEFF' or '\u200B';

    /// <summary>
    /// Folds Vietnamese (and other Latin) text to ASCII: marks are dropped after canonical decomposition and
    /// đ/Đ, which have no decomposition, become d/D. Characters with no ASCII form are dropped.
    /// </summary>
    public static string FoldToAscii(string text)
    {
        var decomposed = Clean(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c < 128)
            {
                builder.Append(c);
            }
            else if (c is 'đ' or 'Đ')
            {
                builder.Append(c == 'đ' ? 'd' : 'D');
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A comparison key: folded to ASCII, lower case, letters and digits only, words separated by one space.
    /// Two printings of the same headline (with or without diacritics) share a key.
    /// </summary>
    public static string Key(string text)
    {
        var folded = FoldToAscii(text);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingSpace) builder.Append(' ');
                builder.Append(c);
                pendingSpace = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (pendingSpace) builder.Append(' ');
                builder.Append((char)(c + ('a' - 'A')));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = builder.Length > 0;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the text has at least one letter or digit.</summary>
    public static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }

        return false;
    }
}
