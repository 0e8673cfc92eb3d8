using System;
using System.Runtime.CompilerServices;

namespace Corpus.Parsing.Text;

/// <summary>
/// Sentences that open with the same words: how a caption copied from the story, or naming its subject as the story
/// sentence after it does, shows itself. One place for the comparisons the caption rules and their cheap tests share.
/// </summary>
internal static class SentenceOpenings
{
    /// <summary>How many opening words a caption shares with the story sentence next to it.</summary>
    public const int SharedWords = 6;

    /// <summary>The longest caption taken for being copied from, or echoed by, the story sentence next to it.</summary>
    public const int MaxCaptionLength = 300;

    /// <summary>The shortest line that can hold a caption and a sentence opening with its six words.</summary>
    private const int MinEchoedLineLength = 60;

    /// <summary>The fewest capitalized words after the first of six a caption's opening holds: it names its subject.</summary>
    private const int MinNamedWords = 2;

    private static readonly char[] SentenceEnds = ['.', '!', '?', '…'];

    /// <summary>
    /// Whether <paramref name="text"/> opens with all of <paramref name="caption"/> (its closing full stop aside), six
    /// words or more, up to a word's end: the caption was copied from it.
    /// </summary>
    public static bool IsOpenedWith(string text, string caption)
    {
        var length = caption.Length;
        while (length > 0 && caption[length - 1] is '.' or '!' or '?' or '…') length--;
        return length > 0 && length < text.Length && string.CompareOrdinal(text, 0, caption, 0, length) == 0
            && !CharKinds.IsLetterOrDigit(text[length]) && WordsIn(caption, length) >= SharedWords;
    }

    /// <summary>Whether the two texts open with the same six words, and these name someone or something.</summary>
    public static bool ShareNamedOpening(string text, string caption)
    {
        if (text[0] != caption[0]) return false;
        var length = 0;
        for (var words = 0; words < SharedWords; words++)
        {
            var space = caption.IndexOf(' ', length + 1);
            if (space < 0) return false;
            length = space;
        }

        return length < text.Length && string.CompareOrdinal(text, 0, caption, 0, length + 1) == 0 && NamesSomeone(caption, 0);
    }

    /// <summary>
    /// Whether the six words at <paramref name="start"/> name someone or something (two or more capitalized after the
    /// first: 'Ông Lê Văn Hải, Giám đốc'): a caption names its subject, while lines of a list opening alike ('Giá vé
    /// cho người lớn mua…') do not.
    /// </summary>
    public static bool NamesSomeone(string text, int start)
    {
        var named = 0;
        var position = start;
        for (var word = 1; word < SharedWords; word++)
        {
            position = text.IndexOf(' ', position) + 1;
            if (position <= 0 || position >= text.Length) return false;
            if (CharKinds.IsUpper(text[position])) named++;
        }

        return named >= MinNamedWords;
    }

    /// <summary>
    /// Whether the sentence at <paramref name="start"/> ends (within a caption's length) and the next one opens with its
    /// first word, the opening naming someone: a cheap test before the pattern of the caption rule.
    /// </summary>
    public static bool NextSentenceOpensAlike(string text, int start)
    {
        var wordEnd = text.IndexOf(' ', start);
        if (wordEnd < 0) return false;
        var length = wordEnd - start + 1;
        var limit = Math.Min(text.Length - length - 2, start + MaxCaptionLength + 1);
        for (var end = text.IndexOfAny(SentenceEnds, wordEnd); end >= 0 && end < limit; end = text.IndexOfAny(SentenceEnds, end + 1))
        {
            if (text[end + 1] != ' ') continue;
            return string.CompareOrdinal(text, end + 2, text, start, length) == 0 && NamesSomeone(text, start);
        }

        return false;
    }

    /// <summary>Whether some sentence of <paramref name="line"/> opens with the first word of the sentence before it: the line test before the sentence-by-sentence one.</summary>
    public static bool SomeSentenceOpensAlike(string line)
    {
        if (line.Length < MinEchoedLineLength) return false;
        var previous = 0;
        for (var end = line.IndexOfAny(SentenceEnds); end >= 0 && end < line.Length - 2; end = line.IndexOfAny(SentenceEnds, end + 1))
        {
            if (line[end + 1] != ' ') continue;
            var wordEnd = line.IndexOf(' ', previous);
            if (wordEnd > 0 && end + 2 + wordEnd - previous < line.Length
                && string.CompareOrdinal(line, end + 2, line, previous, wordEnd - previous + 1) == 0) return true;
            previous = end + 2;
        }

        return false;
    }

    /// <summary>Whether a line opens with a list's bullet: items of a list open alike and are never captions.</summary>
    public static bool OpensWithBullet(string text) => text[0] is '-' or '–' or '+' or '•' or '*' or '●';

    /// <summary>The longest number or letter marking a list item ('12.', 'b)', 'iv)').</summary>
    private const int MaxListMarkerLength = 3;

    /// <summary>
    /// Whether a line opens with a list item's number or letter ('1.', '12)', 'b)', 'đ)', 'iv)'): an item of its own,
    /// never the rest of the line before. Letters mark items one at a time, or as a roman numeral: 'bộ)' is a word.
    /// </summary>
    public static bool OpensWithListMarker(string text)
    {
        var marker = 0;
        while (marker < text.Length && marker < MaxListMarkerLength && CharKinds.IsLetterOrDigit(text[marker])) marker++;
        if (marker == 0 || marker == text.Length) return false;
        if (char.IsDigit(text[0])) return text[marker] is ')' or '.';
        return text[marker] == ')' && (marker == 1 || IsRomanNumeral(text, marker));
    }

    private static bool IsRomanNumeral(string text, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (text[i] is not ('i' or 'v' or 'x' or 'I' or 'V' or 'X')) return false;
        }

        return true;
    }

    /// <summary>How many words the first <paramref name="length"/> characters of <paramref name="text"/> hold (clean text: single spaces).</summary>
    [MethodImpl(Jit.ParseLoop)]
    public static int WordsIn(string text, int length)
    {
        var words = 1;
        for (var i = 0; i < length; i++)
        {
            if (text[i] == ' ') words++;
        }

        return words;
    }
}
