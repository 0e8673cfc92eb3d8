using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Corpus.Parsing.Text;

namespace Corpus.Parsing;

/// <summary>Turns printed text into clean field text and into ASCII keys. Pure functions, shared with the generator.</summary>
internal static class TextCleaning
{
    /// <summary>
    /// Clean field text: NFC, every run of white space (no-break spaces included) as one space, trimmed,
    /// control and zero-width characters removed, lone surrogates replaced by U+FFFD; a combining mark a space cut
    /// from its letter rejoins it, and a combining mark printed twice in a row counts once; an HTML character reference
    /// a scraper left ('&amp;nbsp;', '&amp;quot;', '&amp;#8220;') reads as its character.
    /// </summary>
    public static string Clean(string text) => Clean(text, 0, text.Length, out _);

    /// <summary>
    /// <see cref="Clean(string)"/> of <paramref name="length"/> characters of <paramref name="text"/> from
    /// <paramref name="start"/>; <paramref name="wasClean"/> tells whether they were clean as printed (no control character, among others).
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public static string Clean(string text, int start, int length, out bool wasClean)
    {
        // Most printed lines are clean already: one copy of them, not a builder and a copy.
        wasClean = IsClean(text, start, length);
        if (wasClean) return length == text.Length ? text : text.Substring(start, length);

        // A character reference a scraper left ('&nbsp;') is read as its character first, then cleaned like one.
        if (HtmlEntities.Decode(text, start, length) is { } decoded) return CleanPrinted(decoded, 0, decoded.Length);
        return CleanPrinted(text, start, length);
    }

    [MethodImpl(Jit.ParseLoop)]
    private static string CleanPrinted(string text, int start, int length)
    {
        var builder = BuilderCache.Acquire(length);
        var pendingSpace = false;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (CharKinds.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisible(c)) continue;

            if (IsCombiningMark(c))
            {
                // Repairs Unicode allows without guessing: a mark a space cut from its letter rejoins it, and a mark
                // printed twice in a row counts once.
                var last = builder.Length > 0 ? builder[builder.Length - 1] : '\0';
                if (pendingSpace && (CharKinds.IsLetter(last) || IsCombiningMark(last))) pendingSpace = false;
                if (!pendingSpace && last == c) continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
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

        return ToNfc(BuilderCache.Release(builder));
    }

    /// <summary>
    /// Whether <see cref="Clean(string)"/> would return the text unchanged, judged conservatively: single spaces between
    /// visible characters, and only characters that <see cref="IsPlainlyNfc"/> accepts and that are not invisible.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    private static bool IsClean(string text, int start, int length)
    {
#if NET8_0_OR_GREATER
        // Most lines are plain (Text.PlainText), which vectors tell at a glance; the rest are judged one character at a time.
        if (PlainText.IsPlain(text, start, length)) return true;
#endif
        return IsCleanOneByOne(text, start, length);
    }

    /// <summary><see cref="IsClean"/>, one character at a time (all of it where there are no vectors).</summary>
    [MethodImpl(Jit.ParseLoop)]
    internal static bool IsCleanOneByOne(string text, int start, int length)
    {
        var classes = LowCharClasses;
        var previousIsSpace = true; // so a leading space fails
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c < LowCharLimit)
            {
                // Tested in order of how often they occur: a plain character, a space, then the rest.
                var kind = classes[c];
                if (kind == LowCharClass.Plain)
                {
                    previousIsSpace = false;
                }
                else if (kind == LowCharClass.Space)
                {
                    if (previousIsSpace) return false;
                    previousIsSpace = true;
                }
                else if (kind == LowCharClass.Unclean || HtmlEntities.TryRead(text, i, start + length, out _, out _))
                {
                    return false;
                }
                else
                {
                    previousIsSpace = false;
                }

                continue;
            }

            // Precomposed Vietnamese, and punctuation but for the line and paragraph separators, direction embeddings and
            // the narrow no-break space (U+2028–U+202F); the whitespace test this stands for is a table lookup, slow.
            previousIsSpace = false;
            if (c is < '\u1E00' or > '\u1EFF' and (< '\u2010' or > '\u205E' or >= '\u2028' and <= '\u202F')) return false;
        }

        return !previousIsSpace || length == 0;
    }

    /// <summary>Characters below this (ASCII, Latin-1, Latin Extended A/B) are sorted by <see cref="LowCharClasses"/>.</summary>
    private const char LowCharLimit = '\u0300';

    private enum LowCharClass : byte { Plain, Space, Unclean, Ampersand }

    /// <summary>
    /// What <see cref="IsClean"/> must know of each character below <see cref="LowCharLimit"/>, looked up once a
    /// character: the printed text of a page is nearly all of them, and one lookup beats the tests it stands for.
    /// </summary>
    private static readonly LowCharClass[] LowCharClasses = ClassifyLowChars();

    private static LowCharClass[] ClassifyLowChars()
    {
        var classes = new LowCharClass[LowCharLimit];
        for (var c = '\0'; c < LowCharLimit; c++)
        {
            classes[c] = c == ' ' ? LowCharClass.Space
                : char.IsControl(c) || c is '\u00A0' or '\u0085' or '\u00AD' ? LowCharClass.Unclean
                : c == '&' ? LowCharClass.Ampersand
                : LowCharClass.Plain;
        }

        return classes;
    }

    private static string ToNfc(string text)
    {
        if (IsPlainlyNfc(text)) return text;
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

    /// <summary>
    /// Whether every character is one that is NFC on its own and never composes with the one before it: U+0000–U+02FF
    /// (ASCII, Latin-1, Latin Extended A/B with ơ, ư, đ), U+1E00–U+1EFF (precomposed Vietnamese) and U+2010–U+205E
    /// (dashes, quotes, bullets). Vietnamese text in NFC is all of these, so ICU is only asked about the rest.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    internal static bool IsPlainlyNfc(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0300' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2010' and <= '\u205E') continue;
            return false;
        }

        return true;
    }

    private static bool IsCombiningMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>U+FDD0–U+FDEF and U+FFFE/U+FFFF: code points Unicode reserves as never being characters.</summary>
    private static bool IsNoncharacter(char c) => c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF';

    /// <summary>
    /// Characters that carry no text: controls, the byte-order mark, zero-width spaces, and the default-ignorable
    /// characters copied pages sprinkle between letters to dodge filters (U+034F combining grapheme joiner, U+17B4/U+17B5
    /// Khmer inherent vowels), soft hyphens, direction marks and embeddings, word joiners. The zero-width joiner and
    /// variation selectors stay: they shape emoji.
    /// </summary>
    public static bool IsInvisible(char c) =>
        char.IsControl(c)
        || c is '\uFEFF' or '\u00AD' or '\u034F' or '\u17B4' or '\u17B5' or '\u180E' or '\u200B' or '\u200C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2060' and <= '\u2064'
        || c is >= '\u2066' and <= '\u206F';

    /// <summary>
    /// Folds Vietnamese (and other Latin) text to ASCII: marks are dropped after canonical decomposition and
    /// đ/Đ, which have no decomposition, become d/D. Characters with no ASCII form are dropped.
    /// </summary>
    public static string FoldToAscii(string text) => FoldCleanToAscii(Clean(text));

    /// <summary>
    /// <see cref="FoldToAscii"/> for text that is already clean. Folding character by character gives the same result
    /// as decomposing the whole string: canonical reordering only moves combining marks, and those are dropped.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    private static string FoldCleanToAscii(string clean)
    {
        if (IsAscii(clean)) return clean;
        var builder = BuilderCache.Acquire(clean.Length);
        foreach (var c in clean)
        {
            if (c < 128) builder.Append(c);
            else builder.Append(FoldChar(c));
        }

        return BuilderCache.Release(builder);
    }

    // One slot per UTF-16 unit, filled on first use; racing writers store the same value.
    private static readonly string?[] Folded = new string?[char.MaxValue + 1];

    /// <summary>The ASCII a single character folds to: its canonical decomposition's ASCII part, đ/Đ as d/D, spaces as a space.</summary>
    [MethodImpl(Jit.ParseLoop)]
    internal static string FoldChar(char c)
    {
        var folded = Folded[c];
        if (folded is not null) return folded;

        if (c is 'đ' or 'Đ') folded = c == 'đ' ? "d" : "D";
        else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator) folded = " ";
        else if (char.IsSurrogate(c) || IsNoncharacter(c)) folded = "";
        else
        {
            var builder = new StringBuilder();
            foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (part < 128) builder.Append(part);
            }

            folded = builder.ToString();
        }

        Folded[c] = folded;
        return folded;
    }

    /// <summary>
    /// A comparison key: folded to ASCII, lower case, letters and digits only, words separated by one space.
    /// Two printings of the same headline (with or without diacritics) share a key.
    /// </summary>
    public static string Key(string text) => KeyOfClean(Clean(text));

    /// <summary><see cref="Key"/> for text that is already clean (a parsed line). Folds and keys in one pass.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public static string KeyOfClean(string clean)
    {
        var builder = BuilderCache.Acquire(clean.Length);
        var pendingSpace = false;
        foreach (var c in clean)
        {
            if (c < 128) AppendKeyChar(builder, c, ref pendingSpace);
            else foreach (var part in FoldChar(c)) AppendKeyChar(builder, part, ref pendingSpace);
        }

        return BuilderCache.Release(builder);
    }

    /// <summary>
    /// The first character of <see cref="KeyOfClean"/> of <paramref name="clean"/> ('\0' when the key is empty), without
    /// building the key: most lines are told apart from a headline's key by it.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public static char KeyInitialOfClean(string clean)
    {
        foreach (var c in clean)
        {
            if (c < 128)
            {
                if (IsKeyChar(c)) return ToKeyChar(c);
                continue;
            }

            foreach (var part in FoldChar(c))
            {
                if (IsKeyChar(part)) return ToKeyChar(part);
            }
        }

        return '\0';
    }

    private static bool IsKeyChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9' or >= 'A' and <= 'Z';

    private static char ToKeyChar(char c) => c <= 'Z' && c >= 'A' ? (char)(c + ('a' - 'A')) : c;

    [MethodImpl(Jit.ParseLoop)]
    private static void AppendKeyChar(StringBuilder builder, char c, ref bool pendingSpace)
    {
        if (IsKeyChar(c))
        {
            if (pendingSpace) builder.Append(' ');
            builder.Append(ToKeyChar(c));
            pendingSpace = false;
        }
        else
        {
            pendingSpace = builder.Length > 0;
        }
    }

    [MethodImpl(Jit.ParseLoop)]
    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128) return false;
        }

        return true;
    }

    /// <summary>Whether the text has at least one letter or digit.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (CharKinds.IsLetterOrDigit(c)) return true;
        }

        return false;
    }
}
