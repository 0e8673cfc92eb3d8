using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Corpus.Parsing.Text;

namespace Corpus.Parsing.Rules;

/// <summary>
/// Cheap tests of how a text must end for a closing rule's match to end it (<see cref="RuleHints.TailGate"/>), each
/// true of every text the rule's pattern matches the end of, so a false one skips the pattern. The pattern would try
/// every position of the story's last 200 characters; most story text ends in a lowercase word and a full stop.
/// </summary>
internal static class TailGates
{
    /// <summary>
    /// The text ends in a word that opens with a capital, a full stop or a comma after it or not: a name of
    /// <c>{names}</c> ends so ('Minh Anh', 'H.Long', 'NGUYỄN HÀ.'), each of its words a capital and then letters.
    /// </summary>
    public static bool EndsWithName(string text)
    {
        var end = text.Length;
        if (text[end - 1] is '.' or ',') end--;
        var start = end;
        while (start > 0 && IsNamePart(text[start - 1])) start--;
        return start < end && CharKinds.IsUpper(text[start]);
    }

    /// <summary>
    /// The text ends in a letter (or its combining mark), a digit or a closing bracket, with no full stop after it
    /// ('Theo Minh Anh/VnExpress', 'Theo Phong Trần thanhnien.vn', 'Theo Lan (TTXVN)', 'Minh Anh | 12/06/2023 10:30'):
    /// most story text ends with a full stop.
    /// </summary>
    public static bool EndsOpen(string text) => CharKinds.IsLetterOrMark(text[text.Length - 1]) || char.IsDigit(text[text.Length - 1]) || text[text.Length - 1] == ')';

    /// <summary>
    /// The text ends with no terminator, colon, semicolon or opening mark, and not with a lowercase word: captions run
    /// together before a byline end with a name, a number or a bracket ('… (bản quyền VTV) T.A'), and a story sentence
    /// ends with its full stop.
    /// </summary>
    public static bool EndsOutsideSentence(string text)
    {
        var last = text[text.Length - 1];
        return last is not ('.' or '!' or '?' or '…' or ':' or ';' or '“' or '(') && !CharKinds.IsLowerOrMark(last);
    }

    /// <summary>The text ends with a closing bracket, a full stop after it or not ('Minh Anh (TTXVN)', 'Lan (ghi).').</summary>
    public static bool EndsWithBracket(string text)
    {
        var end = text.Length;
        if (text[end - 1] == '.' && end > 1) end--;
        return text[end - 1] == ')';
    }

    /// <summary>
    /// A test that the text ends with a bracket (a full stop after it or not) whose words open as <paramref name="opening"/>
    /// (a regular expression) says: 'Minh Anh (ghi)' for a writer's role, 'Minh Anh (TP.HCM)' for a place. Which
    /// byline rule can end the text depends on the bracket's words, and most brackets ending a story name an agency.
    /// With <paramref name="lastTwo"/>, the bracket before the last one may open so instead ('Name (Tổng hợp) (Outlet)').
    /// </summary>
    public static Func<string, bool> EndsWithBracketOpening(string opening, bool lastTwo = false)
    {
        var words = new Regex(@"\G(?:" + opening + ")", RegexOptions.CultureInvariant);
        return text =>
        {
            if (!EndsWithBracket(text)) return false;
            var open = text.LastIndexOf('(');
            if (open < 0) return false;
            if (words.IsMatch(text, open + 1)) return true;
            var before = lastTwo && open > 0 ? text.LastIndexOf('(', open - 1) : -1;
            return before >= 0 && words.IsMatch(text, before + 1);
        };
    }

    /// <summary>
    /// The text ends with when it was published, in brackets or not: 'AM'/'PM', or a date's or time's last number,
    /// which a separator opens ('12/06/2023', '10:30', '12-06-2023', 'GMT+7', '+07:00') or, for a year written out,
    /// 'năm' ('ngày 16 tháng 6 năm 2023'). A number after a word ('iPhone 15', '(số 12)') is no moment.
    /// </summary>
    public static bool EndsWithMoment(string text) => EndsWithMomentBefore(text, text.Length);

    /// <summary><see cref="EndsWithMoment"/>, a full stop after the moment or not ('Hà Nội, ngày 12/5/2023.').</summary>
    public static bool EndsWithMomentAndStop(string text) =>
        EndsWithMomentBefore(text, text.Length > 1 && text[text.Length - 1] == '.' ? text.Length - 1 : text.Length);

    private static bool EndsWithMomentBefore(string text, int end)
    {
        if (text[end - 1] == ')') end--;
        if (end == 0) return false;
        if (text[end - 1] == 'M') return true;
        var start = end;
        while (start > 0 && text[start - 1] is >= '0' and <= '9') start--;
        if (start == end || start == 0) return false;
        return text[start - 1] is '/' or ':' or '-' or '.' or '+'
            || (end - start == YearDigits && start >= YearWord.Length && string.CompareOrdinal(text, start - YearWord.Length, YearWord, 0, YearWord.Length) == 0);
    }

    private const int YearDigits = 4;

    private const string YearWord = " năm ";

    // A name's word: letters and their combining marks (digits too, for capitals such as 'VTV24').
    private static bool IsNamePart(char c) =>
        CharKinds.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
