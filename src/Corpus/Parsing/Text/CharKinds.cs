using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Corpus.Parsing.Text;

/// <summary>
/// <see cref="char.IsLetter(char)"/>, <see cref="char.IsUpper(char)"/> and their kin, answered from a table for the
/// characters Vietnamese text is made of (up to the general punctuation block): beyond Latin-1 the runtime looks each
/// character's category up in the Unicode data, and the reader asks about every letter of a page many times over.
/// The table is filled from those same methods, so the answers are theirs.
/// </summary>
internal static class CharKinds
{
    [Flags]
    private enum Kind : byte
    {
        None = 0,
        Letter = 1,
        Upper = 2,
        Lower = 4,
        WhiteSpace = 8,
        NonSpacingMark = 16,
        Digit = 32,
    }

    /// <summary>Characters below this are in the table: Latin, the combining marks, precomposed Vietnamese, general punctuation.</summary>
    private const char TableLimit = '\u2070';

    private static readonly Kind[] Kinds = Classify();

    private static Kind[] Classify()
    {
        var kinds = new Kind[TableLimit];
        for (var c = '\0'; c < TableLimit; c++)
        {
            kinds[c] = (char.IsLetter(c) ? Kind.Letter : 0)
                | (char.IsUpper(c) ? Kind.Upper : 0)
                | (char.IsLower(c) ? Kind.Lower : 0)
                | (char.IsWhiteSpace(c) ? Kind.WhiteSpace : 0)
                | (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? Kind.NonSpacingMark : 0)
                | (char.IsDigit(c) ? Kind.Digit : 0);
        }

        return kinds;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Has(char c, Kind kind) => (Kinds[c] & kind) != 0;

    /// <summary><see cref="char.IsLetter(char)"/>.</summary>
    public static bool IsLetter(char c) => c < TableLimit ? Has(c, Kind.Letter) : char.IsLetter(c);

    /// <summary><see cref="char.IsUpper(char)"/>.</summary>
    public static bool IsUpper(char c) => c < TableLimit ? Has(c, Kind.Upper) : char.IsUpper(c);

    /// <summary><see cref="char.IsLower(char)"/>.</summary>
    public static bool IsLower(char c) => c < TableLimit ? Has(c, Kind.Lower) : char.IsLower(c);

    /// <summary><see cref="char.IsWhiteSpace(char)"/>.</summary>
    public static bool IsWhiteSpace(char c) => c < TableLimit ? Has(c, Kind.WhiteSpace) : char.IsWhiteSpace(c);

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>.</summary>
    public static bool IsLetterOrDigit(char c) => c < TableLimit ? Has(c, Kind.Letter | Kind.Digit) : char.IsLetterOrDigit(c);

    /// <summary>A letter or a combining mark (a word's character, whether its marks are precomposed or not).</summary>
    public static bool IsLetterOrMark(char c) =>
        c < TableLimit ? Has(c, Kind.Letter | Kind.NonSpacingMark) : char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>A lowercase letter or a combining mark.</summary>
    public static bool IsLowerOrMark(char c) =>
        c < TableLimit ? Has(c, Kind.Lower | Kind.NonSpacingMark) : char.IsLower(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
