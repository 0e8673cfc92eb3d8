using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Parsing.Text;

/// <summary>
/// Finds sentence boundaries in clean Vietnamese text. A sentence ends at '.', '!', '?' or '…' (possibly repeated,
/// then closing quotes or brackets) followed by a space and a capital letter, a digit or an opening quote; not after
/// an abbreviation (<c>TP.</c>, <c>ThS.</c>, <c>PGS.</c>…) or an initial (<c>V.</c>, <c>Ng.</c>), and never inside a
/// number or a word (<c>4,5</c>, <c>5.000</c>, <c>15.7.2017</c>, <c>TP.HCM</c>, <c>N.Anh</c>: no space follows).
/// An initial does end a sentence when a sentence opener follows it (<c>… CLB Barcelona B. Có chi tiết …</c>).
/// A link's arrow before a title starts a sentence (<c>… >> Bài A TẠI ĐÂY >> Bài B …</c>).
/// One implementation, used by the parser inside long lines and by <c>Corpus.Sentences</c>.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Abbreviations that end with a full stop inside a sentence (titles, degrees, administrative units).</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "TP", "Tp", "tp", "TX", "Tx", "TT", "Q", "P", "H", "X", "ThS", "Ths", "TS", "PGS", "GS", "BS", "BSCKI", "BSCKII", "KS",
        "TSKH", "NXB", "St", "Mr", "Mrs", "Ms", "Dr", "Prof", "Th", "Ng", "Tr", "Ph", "Nh", "Kh", "Gi", "Qu", "Ch", "vs", "tr", "TK",
    };

    /// <summary>Adds to <paramref name="starts"/> the index where each sentence of <paramref name="text"/> starts (0 first, when the text has any).</summary>
    [MethodImpl(Jit.ParseLoop)]
    public static void Starts(string text, List<int> starts)
    {
        starts.Clear();
        if (text.Length == 0) return;
        starts.Add(0);
        // Jump from one terminator or arrow to the next (one vectorized search for five characters): a paragraph holds
        // a few dozen of them in thousands of characters.
        for (var i = text.IndexOfAny(TerminatorsAndArrow); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(TerminatorsAndArrow, i + 1) : -1)
        {
            if (text[i] == '>' && IsLinkArrow(text, i - 1))
            {
                if (starts[starts.Count - 1] != i - 1) starts.Add(i - 1);
                continue;
            }

            if (!IsTerminator(text[i])) continue;
            var end = i;
            while (end < text.Length && IsTerminator(text[end])) end++;
            var runLength = end - i;
            while (end < text.Length && IsCloser(text[end])) end++;
            var next = end + 1;
            if (end >= text.Length || text[end] != ' ' || next >= text.Length)
            {
                i = end - 1;
                continue;
            }

            var ellipsis = text[i] == '…' || runLength > 1 && text[i] == '.';
            if (StartsSentence(text, next, allowDigit: !ellipsis) && !(runLength == 1 && text[i] == '.' && IsAbbreviation(text, i) && !Rules.RuleGrammar.IsOpenerAt(text, next)))
            {
                starts.Add(next);
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// The sentences of <paramref name="text"/>, trimmed. Here a sentence also starts where one was glued on with no
    /// full stop (<see cref="Rules.RuleGrammar.GluedSentenceAt"/>: '… tắc đường Với số tiền…'), outside brackets and
    /// quotes: a subheading or a related headline the scraper ran into the next sentence is a sentence of its own.
    /// The parser's <see cref="Starts"/> leaves those places to the rules, which decide what the glued text is.
    /// </summary>
    public static List<string> Split(string text)
    {
        var starts = new List<int>();
        Starts(text, starts);
        AddGluedStarts(text, starts);
        var sentences = new List<string>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : text.Length;
            var sentence = text.Substring(starts[k], end - starts[k]).Trim();
            if (sentence.Length > 0) sentences.Add(sentence);
        }

        return sentences;
    }

    private static void AddGluedStarts(string text, List<int> starts)
    {
        var brackets = 0;
        var inQuote = false;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') brackets++;
            else if (c == ')' && brackets > 0) brackets--;
            else if (c is '"' or '“' or '”') inQuote = c == '“' || (c == '"' && !inQuote);
            else if (brackets == 0 && !inQuote && CharKinds.IsUpper(c) && Rules.RuleGrammar.GluedSentenceAt(text, i))
            {
                while (next < starts.Count && starts[next] < i) next++;
                if (HasLetter(text, next > 0 ? starts[next - 1] : 0, i)) starts.Insert(next, i);
            }
        }
    }

    // A footnote mark or a bracket alone before the glued sentence ('(*) Để kích hoạt…') is no sentence of its own.
    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (CharKinds.IsLetter(text[i])) return true;
        }

        return false;
    }

    /// <summary>The index after the sentence that starts at or contains <paramref name="index"/>: the next start, or the text's length.</summary>
    public static int NextStart(List<int> starts, int index, int length)
    {
        foreach (var start in starts)
        {
            if (start > index) return start;
        }

        return length;
    }

    /// <summary>
    /// Whether <paramref name="text"/> ends as a finished sentence does: with '.', '!', '?', '…', ':' or ';' (a full
    /// stop not after an abbreviation or initial), or with a closing quote or bracket.
    /// </summary>
    public static bool EndsSentence(string text)
    {
        if (text.Length == 0) return false;
        var last = text[text.Length - 1];
        if (IsCloser(last) || last is '!' or '?' or '…' or ':' or ';') return true;
        return last == '.' && (text.Length < 2 || text[text.Length - 2] == '.' || !IsAbbreviation(text, text.Length - 1));
    }

    /// <summary>
    /// Whether a link's arrow ('>>', '=>') after a space starts at <paramref name="index"/>, before a title (a capital
    /// or a digit): '… xóm giềng. >> Bài viết TẠI ĐÂY >> …'. Each link a page runs together is a sentence of its own;
    /// 'giá tăng => lạm phát' is prose.
    /// </summary>
    private static bool IsLinkArrow(string text, int index)
    {
        if (index < 1 || text[index - 1] != ' ' || text[index] is not ('>' or '=') || text[index + 1] != '>') return false;
        var title = index + 2;
        if (title < text.Length && text[title] == ' ') title++;
        return title < text.Length && (CharKinds.IsUpper(text[title]) || char.IsDigit(text[title]));
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>The characters <see cref="Starts"/> stops at: the terminators and the '>' of a link's arrow.</summary>
    private static readonly char[] TerminatorsAndArrow = ['.', '!', '?', '…', '>'];

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';

    /// <summary>
    /// A sentence starts with a capital letter or a digit, possibly after an opening quote or bracket; after an
    /// ellipsis a number goes on the sentence ("… tới... 13 lần").
    /// </summary>
    private static bool StartsSentence(string text, int index, bool allowDigit)
    {
        var c = text[index];
        if (IsOpener(c) && index + 1 < text.Length) c = text[index + 1];
        return CharKinds.IsUpper(c) || (allowDigit && char.IsDigit(c));
    }

    private const string Degrees = "độ ";

    private static bool IsDegrees(string text, int unit) =>
        unit >= Degrees.Length && string.CompareOrdinal(text, unit - Degrees.Length, Degrees, 0, Degrees.Length) == 0
        && (unit == Degrees.Length || !CharKinds.IsLetter(text[unit - Degrees.Length - 1]));

    /// <summary>Whether the word ending at the full stop at <paramref name="dot"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && text[start - 1] != ' ' && !IsOpener(text[start - 1])) start--;
        var length = dot - start;
        if (length == 0) return false;
        var word = text.Substring(start, length);
        if (Abbreviations.Contains(word)) return true;

        // Titles joined by dots before a name: 'PGS.TS.', 'ThS.BS.'.
        if (word.IndexOf('.') > 0 && Array.TrueForAll(word.Split('.'), Abbreviations.Contains)) return true;

        // An initial: one capital (V.), or initials glued by dots (T.T.); two-letter initials (Ng., Th.) are listed above.
        // A capital after 'độ' is a temperature's unit ('39 độ C.'), which a sentence may end with.
        if (length == 1 && CharKinds.IsUpper(word[0])) return !IsDegrees(text, start);
        return word.Length >= 3 && word[word.Length - 2] == '.' && CharKinds.IsUpper(word[word.Length - 1]);
    }
}
