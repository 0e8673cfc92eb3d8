#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Corpus.Parsing.Text;

/// <summary>
/// The test of whether a printed line is clean already (<see cref="TextCleaning"/>), eight characters at a time, where
/// the framework has vectors (the net8.0 build; the generator and the task run the scalar test alone). It accepts only
/// what that test accepts, less '&amp;' (which may open a character reference): no space at either end and none
/// doubled, and each character printable ASCII, a letter of U+00A1–U+02FF but the soft hyphen, precomposed
/// Vietnamese (U+1E00–U+1EFF), or punctuation of U+2010–U+205E but U+2028–U+202F. Splitting a page read every
/// character one at a time, about 0.8 ns a character: the largest share of the split's time.
/// </summary>
internal static class PlainText
{
    private const char FirstPrintable = ' ';
    private const char LastPrintable = '~';
    private const char FirstLatinLetter = '\u00A1';
    private const char LastLatinLetter = '\u02FF';
    private const char SoftHyphen = '\u00AD';
    private const char FirstPrecomposed = '\u1E00';
    private const char LastPrecomposed = '\u1EFF';
    private const char FirstPunctuation = '\u2010';
    private const char LastPunctuationBeforeSeparators = '\u2027';
    private const char FirstPunctuationAfterSeparators = '\u2030';
    private const char LastPunctuation = '\u205E';

    /// <summary>Whether <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> are plain, as above.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public static bool IsPlain(string text, int start, int length)
    {
        if (length == 0) return true;
        var end = start + length;
        if (text[start] == ' ' || text[end - 1] == ' ') return false;

        ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in text.GetPinnableReference()));
        var i = start;
        // Each block is compared with the block one character on, for spaces in a row: the last block ends one short of the text's end.
        while (Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count < end)
        {
            var block = Vector128.LoadUnsafe(ref first, (nuint)i);
            var next = Vector128.LoadUnsafe(ref first, (nuint)(i + 1));
            var plain = (InRange(block, FirstPrintable, LastPrintable) & ~Vector128.Equals(block, Vector128.Create((ushort)'&')))
                | (InRange(block, FirstLatinLetter, LastLatinLetter) & ~Vector128.Equals(block, Vector128.Create((ushort)SoftHyphen)))
                | InRange(block, FirstPrecomposed, LastPrecomposed)
                | InRange(block, FirstPunctuation, LastPunctuationBeforeSeparators)
                | InRange(block, FirstPunctuationAfterSeparators, LastPunctuation);
            var space = Vector128.Create((ushort)' ');
            var doubledSpace = Vector128.Equals(block, space) & Vector128.Equals(next, space);
            if ((~plain | doubledSpace) != Vector128<ushort>.Zero) return false;
            i += Vector128<ushort>.Count;
        }

        for (; i < end; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i - 1] == ' ' : !IsPlain(c)) return false;
        }

        return true;
    }

    /// <summary>The lanes of <paramref name="block"/> from <paramref name="low"/> to <paramref name="high"/>: one subtraction and one unsigned comparison.</summary>
    internal static Vector128<ushort> InRange(Vector128<ushort> block, char low, char high) =>
        Vector128.LessThanOrEqual(block - Vector128.Create((ushort)low), Vector128.Create((ushort)(high - low)));

    private static bool IsPlain(char c) =>
        c is >= FirstPrintable and <= LastPrintable and not '&'
        || c is >= FirstLatinLetter and <= LastLatinLetter and not SoftHyphen
        || c is >= FirstPrecomposed and <= LastPrecomposed
        || c is >= FirstPunctuation and <= LastPunctuationBeforeSeparators
        || c is >= FirstPunctuationAfterSeparators and <= LastPunctuation;
}
#endif
