using System.Text.RegularExpressions;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Corpus.Parsing.Text;
#endif

namespace Corpus.Parsing;

/// <summary>
/// Recognises text that was not UTF-8 but was decoded anyway. The compiler falls back to a legacy code page for files
/// that are not valid UTF-8, which turns UTF-8 Vietnamese into sequences like <c>Ä‘</c> and <c>áº¡</c>, and
/// Windows-1258 Vietnamese (base letters plus combining tone bytes) into Latin-1 letters like <c>ð</c>, <c>õ</c>, <c>Ì</c>;
/// Vietnamese saved as Windows-1252 has lost its letters to <c>?</c> (<c>ch?c c?p</c>).
/// </summary>
internal static class MisdecodedText
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // A UTF-8 continuation byte (80–BF) shown as Windows-1252/Latin-1.
    private const string Continuation =
        "[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]";

    // A UTF-8 lead byte shown the same way with the continuation bytes its sequence needs: one after a two-byte lead
    // (C3–C6), two after a three-byte lead (E1–E2). 'á' or 'â' before a no-break space (A0) is Vietnamese text as
    // pages print it ('giá\u00A0vàng'), not the start of a sequence.
    internal static readonly TieredRegex Utf8AsLegacy = new(
        "[\u00C3\u00C4\u00C5\u00C6]" + Continuation + "|[\u00E1\u00E2]" + Continuation + Continuation,
        Options);

    // Windows-1258 tone marks (CC, EC, D2, DE, F2) shown as Windows-1252 letters right after a letter, and 1258's đ/ơ/ư/Đ/Ơ/Ư shown as ð/õ/ý/Ð/Õ/Ý.
    private static readonly TieredRegex Windows1258AsLegacy = new("(?<=\\p{L})[\u00CC\u00EC\u00D2\u00DE\u00F2]|[\u00F0\u00F5\u00FD\u00D0\u00D5\u00DD]", Options);

    // Vietnamese saved in a code page without its letters: the editor wrote '?' for each one it could not store.
    private static readonly TieredRegex LostLetters = new("(?<=\\p{L})\\?(?=\\p{L})", Options);

    // Letters only Vietnamese text has: with them present, the file was decoded correctly.
    private static readonly TieredRegex Vietnamese = new("[\u1EA0-\u1EF9\u01A0\u01A1\u01AF\u01B0\u0110\u0111]", Options);

    private const int Threshold = 3;

#if NET8_0_OR_GREATER
    /// <summary>
    /// Whether some lead of <see cref="Utf8AsLegacy"/> (U+00C3–U+00C6, U+00E1–U+00E2) comes right before a character in
    /// the ranges its continuations lie in (U+0080–U+00BF, U+0152–U+02DC, U+2013–U+2122): false when the expression
    /// surely finds nothing. Eight characters at a time: the expression stopped at every 'á' and 'â' of a page, letters
    /// Vietnamese uses in every other sentence.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    internal static bool MayHoldUtf8AsLegacy(string text)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in text.GetPinnableReference()));
        var i = 0;
        for (; Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count < text.Length; i += Vector128<ushort>.Count)
        {
            var block = Vector128.LoadUnsafe(ref first, (nuint)i);
            var next = Vector128.LoadUnsafe(ref first, (nuint)(i + 1));
            var lead = PlainText.InRange(block, '\u00C3', '\u00C6') | PlainText.InRange(block, '\u00E1', '\u00E2');
            var continuation = PlainText.InRange(next, '\u0080', '\u00BF') | PlainText.InRange(next, '\u0152', '\u02DC') | PlainText.InRange(next, '\u2013', '\u2122');
            if ((lead & continuation) != Vector128<ushort>.Zero) return true;
        }

        for (; i + 1 < text.Length; i++)
        {
            if (text[i] is >= '\u00C3' and <= '\u00C6' or '\u00E1' or '\u00E2'
                && text[i + 1] is >= '\u0080' and <= '\u00BF' or >= '\u0152' and <= '\u02DC' or >= '\u2013' and <= '\u2122') return true;
        }

        return false;
    }

#else
    internal static bool MayHoldUtf8AsLegacy(string text) => true;
#endif

    /// <summary>
    /// Where <paramref name="text"/> first looks misdecoded, when it does: a replacement character (U+FFFD), or at least
    /// three telltale sequences of a legacy code page.
    /// </summary>
    /// <returns>The index of the first telltale sequence, or -1.</returns>
    public static int Find(string text)
    {
        if (MayHoldUtf8AsLegacy(text))
        {
            var utf8 = Utf8AsLegacy.Regex.Matches(text);
            if (utf8.Count >= Threshold) return utf8[0].Index;
        }

        // One invalid UTF-8 sequence decoded with a replacement character is enough: it would reach the corpus as U+FFFD.
        var replaced = text.IndexOf('\uFFFD');
        if (replaced >= 0) return replaced;

        if (Vietnamese.IsMatch(text)) return -1;
        var legacy = Windows1258AsLegacy.Regex.Matches(text);
        if (legacy.Count >= Threshold) return legacy[0].Index;
        var lost = LostLetters.Regex.Matches(text);
        return lost.Count >= Threshold ? lost[0].Index : -1;
    }
}
