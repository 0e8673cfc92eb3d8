using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Corpus.Parsing.Text;

/// <summary>
/// A photo caption printed on a line of its own between two paragraphs, as pages that print a paragraph per line
/// leave it: one short sentence that stands apart from the story around it. A story's own one-sentence paragraph
/// hangs on what came before (a connective or an adverbial opening it, a clause after a comma, reported speech,
/// 'cũng', 'đó'); a caption names what the photo shows and needs nothing before it. These are the tests on the line
/// itself; the reader checks the paragraphs around it.
/// </summary>
internal static class CaptionLines
{
    /// <summary>The fewest words a caption line holds: shorter lines are headings or fragments.</summary>
    public const int MinWords = 5;

    /// <summary>The most words a caption line closed by a full stop holds: a longer sentence on its own line is a paragraph.</summary>
    public const int MaxWords = 20;

    /// <summary>
    /// The fewest words a caption line printed without a full stop holds: shorter unclosed lines are subheadings, which
    /// are short and print no full stop either.
    /// </summary>
    public const int MinUnclosedWords = 17;

    /// <summary>The fewest words a subheading holds: a single word on a line is a label or a name, not a section's title.</summary>
    public const int MinSubheadingWords = 2;

    /// <summary>The most words a caption line printed without a full stop holds.</summary>
    public const int MaxUnclosedWords = 30;

    /// <summary>The most words a quoted term in a caption holds ('dòng trạng thái "bày với"'): a longer quotation is speech.</summary>
    private const int MaxQuotedTermWords = 3;

    /// <summary>The longest line worth counting the words of: 30 words of Vietnamese syllables fit well within it.</summary>
    private const int MaxLength = 400;

    /// <summary>How many caption lines in a row (a photo gallery) one pair of paragraphs may frame.</summary>
    public const int MaxRun = 3;

    /// <summary>How many lines of two sentences or more show that a page prints a paragraph per line, not a sentence per line.</summary>
    public const int MinParagraphs = 1;

    /// <summary>The most caption lines a gallery announced by its own line holds.</summary>
    public const int MaxGallery = 20;

    /// <summary>The most words a caption line of an announced gallery holds: a longer line is a paragraph, the story going on.</summary>
    public const int MaxGalleryCaptionWords = 40;

    /// <summary>
    /// A line announcing the photos that follow: some photos ('một số bức ảnh', 'những hình ảnh', 'loạt ảnh', 'bộ ảnh',
    /// 'chùm ảnh'), ending with a colon. 'ảnh hưởng' (influence) is not a photo.
    /// </summary>
    private static readonly TieredRegex GalleryIntro = new(
        @"(?<![\p{L}\p{M}])(?:một số|những|các|loạt|bộ|chùm)\s(?:bức\s|tấm\s|hình\s)?ảnh(?![\p{L}\p{M}]|\shưởng)[^:""“”]*:$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// Words that open a sentence tied to the one before it: connectives, adverbials of time and place, auxiliaries
    /// and pronouns. A caption never opens so. (Determiners such as 'Các' and 'Nhiều' do open captions.)
    /// </summary>
    private static readonly HashSet<string> TiedOpeners = new(
        [
            "Sau", "Trong", "Để", "Khi", "Tuy", "Nhưng", "Và", "Còn", "Có", "Được", "Theo", "Trước", "Hiện", "Tại", "Từ",
            "Với", "Do", "Nếu", "Mặc", "Dù", "Bên", "Ngoài", "Cùng", "Đây", "Đó", "Tôi", "Chúng", "Họ", "Ngay", "Vậy",
            "Cũng", "Đến", "Vào", "Qua", "Trên", "Dưới", "Giữa", "Riêng", "Hôm", "Mới", "Thậm", "Bởi", "Liệu", "Nhờ",
            "Lúc", "Về", "Thế", "Song", "Hay", "Hoặc", "Vì", "Nên", "Như", "Đặc", "Cụ", "Chẳng", "Ví", "Ngược", "Điều",
            "Việc", "Thêm", "Hơn", "Đồng", "Gần", "Sáng", "Chiều", "Tối", "Đêm", "Trưa", "Ngày", "Năm", "Tháng", "Tuần",
            "Xin", "Hãy", "Đừng", "Chính", "Không", "Chưa", "Vẫn", "Đã", "Đang", "Sẽ", "Rồi", "Thì", "Là", "Lại", "Ở",
            "Nó", "Mình", "Ai", "Ông", "Bà", "Anh", "Chị", "Em", "Cô", "Chú", "Bác", "Cậu",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Two-word openings that tie a sentence to the story: the incident named back ('Vụ việc', 'Sự việc') or the
    /// writer's comment on it ('Rất may', 'Đáng chú ý'). A caption shows; it does not comment.
    /// </summary>
    private static readonly string[] TiedOpeningPhrases = ["Vụ việc", "Sự việc", "Rất may", "May mắn", "May thay", "Đáng chú ý", "Đáng nói", "Đáng tiếc"];

    /// <summary>Words for a person that open a caption when the person's name follows ('Ông Nguyễn Văn A phát biểu').</summary>
    private static readonly HashSet<string> PersonWords = new(["Ông", "Bà", "Anh", "Chị", "Em", "Cô", "Chú", "Bác", "Cậu"], StringComparer.Ordinal);

    /// <summary>Words that address the person a question is put to, in any case ('ông', 'Bạn').</summary>
    private static readonly HashSet<string> AddressWords = new(["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cậu", "bạn"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words of a sentence that hangs on the story: reported speech ('rằng', 'nói'), reference back ('cũng', 'đó',
    /// 'ấy') and the tense of a narrative ('đã', 'chưa': what has or has not happened by now), where a caption says what
    /// the photo shows.
    /// </summary>
    private static readonly HashSet<string> StoryWords = new(["nói", "rằng", "cũng", "đó", "ấy", "đã", "chưa"], StringComparer.Ordinal);

    /// <summary>
    /// Two-syllable words of a sentence that hangs on the story: verbs that report speech ('cho biết', 'khẳng định') and
    /// the incident named back anywhere in the sentence ('làm rõ vụ việc').
    /// </summary>
    private static readonly HashSet<string> StoryPhrases = new(
        ["cho biết", "cho hay", "cho rằng", "khẳng định", "nhấn mạnh", "tiết lộ", "thừa nhận", "bày tỏ", "vụ việc", "sự việc"], StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="line"/> reads as a caption on its own: one sentence closed by a full stop, of
    /// <see cref="MinWords"/> to <see cref="MaxWords"/> words, or printed without one, of <see cref="MinUnclosedWords"/>
    /// to <see cref="MaxUnclosedWords"/>; with no speech in quotes (a quoted term is fine), colon, question or
    /// exclamation, no clause after a comma, not opening with a tied opener (a person's word only before a name),
    /// holding no story word, and neither a list item nor a line in capitals.
    /// </summary>
    /// <param name="line">A whole line of story text.</param>
    /// <param name="starts">A list to reuse for the sentence starts.</param>
    /// <param name="continued">
    /// Whether the paragraph after the line carries on from the story before it (<see cref="ContinuesStory"/>): then the
    /// line is no heading, and one printed without a full stop may be shorter, down to <see cref="MinWords"/>.
    /// </param>
    public static bool IsCaptionShaped(string line, List<int> starts, bool continued = false)
    {
        var length = line.Length;
        if (length < MinWords * 2 || length > MaxLength || line.IndexOfAny(Disqualifying) >= 0 || QuotesSpeech(line) || IsBulleted(line) || !HasLowercase(line)) return false;

        var last = line[length - 1];
        var closed = last == '.' && line[length - 2] is not ('.' or ' ');
        if (!closed && !CharKinds.IsLetterOrDigit(last) && last != ')') return false;
        var words = Words(line);
        if (closed ? words < MinWords || words > MaxWords : words < (continued ? MinWords : MinUnclosedWords) || words > MaxUnclosedWords) return false;
        if (!OpensFreely(line) || HasClauseAfterComma(line) || HoldsStoryWord(line)) return false;

        SentenceSplitter.Starts(line, starts);
        return starts.Count == 1;
    }

    /// <summary>
    /// Whether <paramref name="line"/> reads as a subheading: one phrase of <see cref="MinSubheadingWords"/> words up to
    /// fewer than <see cref="MinUnclosedWords"/>, printed without a full stop or any closing mark (a line ending in a
    /// colon or a quote is a sentence), neither a list item (but a numbered heading, '2. Ferrari F12', which only
    /// the paragraphs framing it tell from an item) nor two sentences. A question is one only where
    /// <paramref name="questions"/> says the page heads its sections so ('Chai nhựa được làm bằng gì?'), and never
    /// with a colon in it ('PV: …?').
    /// </summary>
    /// <param name="line">A whole line of story text.</param>
    /// <param name="starts">A list to reuse for the sentence starts.</param>
    /// <param name="questions">Whether the page's questions may head sections: none of them is put to someone.</param>
    public static bool IsSubheadingShaped(string line, List<int> starts, bool questions)
    {
        var number = SectionNumberLength(line);
        if (line.Length > MaxLength || (number == 0 && IsBulleted(line))) return false;
        var last = line[line.Length - 1];
        if (!CharKinds.IsLetterOrDigit(last) && (last != '?' || !questions || line.IndexOf(':') >= 0) && !EndsWithQuotedTerm(line)) return false;
        var words = Words(line);
        if (words < MinSubheadingWords || words >= MinUnclosedWords) return false;
        SentenceSplitter.Starts(line, starts);
        return starts.Count == 1 || (number > 0 && starts.Count == 2 && starts[1] == number);
    }

    /// <summary>
    /// Whether <paramref name="line"/> ends with a term of up to <see cref="MaxQuotedTermWords"/> words in quotes after
    /// its own words ('Bệnh viện "kêu cứu"'): a heading may close so, where speech in quotes is a sentence.
    /// </summary>
    private static bool EndsWithQuotedTerm(string line)
    {
        var close = line.Length - 1;
        if (line[close] is not ('"' or '”') || line[0] is '"' or '“') return false;
        var open = line.LastIndexOfAny(Quotes, close - 1);
        return open > 0 && line[open] != '”' && line[open - 1] == ' ' && close - open > 1
            && SentenceOpenings.WordsIn(line.Substring(open, close - open), close - open) <= MaxQuotedTermWords;
    }

    /// <summary>
    /// Whether <paramref name="paragraph"/> opens by carrying on from what the story said before it, with a connective
    /// and a comma ('Tuy nhiên, …', 'Không những vậy, …', 'Trong khi đó, …'): a section's first paragraph never does, so
    /// the line before such a paragraph is no heading.
    /// </summary>
    public static bool ContinuesStory(string paragraph) => ContinuingOpening.IsMatch(paragraph);

    /// <summary>
    /// A connective that carries a paragraph on from the one before (contrast, addition, consequence, or 'đó'/'vậy'
    /// pointing back), then a comma. Not 'Theo đó' ('accordingly'), which may point back to a heading's own words.
    /// </summary>
    private static readonly Regex ContinuingOpening = new(
        @"^(?:Tuy (?:nhiên|vậy|thế)|(?:Không những|Không chỉ|Dù|Mặc dù|Dẫu|Cũng) (?:vậy|thế)|Ngoài ra|Hơn nữa|Hơn thế nữa|Mặt khác|Đồng thời"
        + @"|Thế nhưng|Tương tự|Ngược lại|Thêm vào đó|Bên cạnh đó|(?:Do|Vì|Bởi) (?:vậy|thế|đó)|(?:Trong khi|Sau|Trước|Khi|Lúc|Từ|Nhờ|Qua) đó),\s",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the sentence from <paramref name="start"/> to <paramref name="end"/> in <paramref name="text"/> holds a
    /// list: items set apart by semicolons, or an item's dash after a colon ('…, bao gồm: - Xâm phạm…; giam hãm…'). A
    /// caption names what a photo shows in one phrase; a list is the story's.
    /// </summary>
    public static bool HoldsList(string text, int start, int end)
    {
        for (var i = text.IndexOfAny(ListMarks, start, end - start); i >= 0; i = text.IndexOfAny(ListMarks, i + 1, end - i - 1))
        {
            if (text[i] == ';') return true;
            var next = i + 1;
            while (next < end && text[next] == ' ') next++;
            if (next < end && text[next] is '-' or '–' or '+' or '•') return true;
        }

        return false;
    }

    private static readonly char[] ListMarks = [';', ':'];

    /// <summary>Whether <paramref name="line"/> announces the photos printed after it ('Dân trí giới thiệu một số hình ảnh:').</summary>
    public static bool IntroducesGallery(string line) => line.Length > 0 && line[line.Length - 1] == ':' && GalleryIntro.IsMatch(line);

    /// <summary>
    /// Whether <paramref name="line"/> can be a caption of an announced gallery: at most
    /// <see cref="MaxGalleryCaptionWords"/> words, closing no intro of its own, and neither speech (opening with a
    /// quote) nor a list item (opening with a dash).
    /// </summary>
    public static bool IsGalleryCaption(string line) =>
        line[0] is not ('"' or '“' or '-' or '–') && line[line.Length - 1] != ':' && Words(line) <= MaxGalleryCaptionWords;

    /// <summary>Whether <paramref name="line"/> is a paragraph that can frame a caption: closed as a sentence, longer than <paramref name="words"/> words.</summary>
    public static bool FramesCaption(string line, int words) =>
        line[line.Length - 1] is '.' or '!' or '?' or '…' or '"' or '”' or ')' && Words(line) > words;

    /// <summary>Whether <paramref name="line"/> has a lowercase letter: a line in capitals is a heading.</summary>
    private static bool HasLowercase(string line)
    {
        foreach (var c in line)
        {
            if (CharKinds.IsLower(c)) return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="line"/> ends with a question (its closing quote aside): in an interview, the line after it is the answer.</summary>
    public static bool AsksQuestion(string line)
    {
        var end = line.Length - 1;
        while (end > 0 && line[end] is '"' or '”' or ')') end--;
        return line[end] == '?';
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a question put to someone ('Vì sao ông lại…?', 'Bạn có…?'): an interview's,
    /// whose questions stand between the answers as paragraphs do, so none of that page's questions heads a section.
    /// </summary>
    public static bool IsQuestionToSomeone(string line)
    {
        if (line[line.Length - 1] != '?') return false;
        var start = 0;
        while (start < line.Length)
        {
            var end = start;
            while (end < line.Length && CharKinds.IsLetter(line[end])) end++;
            if (end > start && AddressWords.Contains(line.Substring(start, end - start))) return true;
            start = end + 1;
        }

        return false;
    }

    /// <summary>How many words <paramref name="text"/> holds (it is clean: single spaces, trimmed).</summary>
    public static int Words(string text) => SentenceOpenings.WordsIn(text, text.Length);

    private static readonly char[] Disqualifying = [':', ';', '?', '!', '…'];

    private static readonly char[] Quotes = ['"', '“', '”'];

    /// <summary>
    /// Whether <paramref name="line"/> opens with a quote or quotes more than a term of <see cref="MaxQuotedTermWords"/>
    /// words: speech, which hangs on the story. A caption may name a term in quotes ('với dòng trạng thái "bày với"').
    /// </summary>
    private static bool QuotesSpeech(string line)
    {
        var open = line.IndexOfAny(Quotes);
        if (open < 0) return false;
        if (open == 0) return true;
        while (open >= 0)
        {
            var close = line.IndexOfAny(Quotes, open + 1);
            if (close < 0 || SentenceOpenings.WordsIn(line.Substring(open, close - open), close - open) > MaxQuotedTermWords) return true;
            open = line.IndexOfAny(Quotes, close + 1);
        }

        return false;
    }

    /// <summary>
    /// A list's bullet or number ('-', '1.', 'a)'), or a bracket (a note, a link): an item or a note, not a caption.
    /// </summary>
    private static bool IsBulleted(string line) =>
        SentenceOpenings.OpensWithBullet(line) || line[0] is '(' or '[' || SentenceOpenings.OpensWithListMarker(line);

    /// <summary>The section's number <paramref name="line"/> opens with ('2. Ferrari F12' is section 2), or 0.</summary>
    public static int SectionNumber(string line)
    {
        var length = SectionNumberLength(line);
        return length == 0 ? 0 : int.Parse(line.Substring(0, length - 2), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The length of the section's number <paramref name="line"/> opens with ('2. ', '12. ', before a capital or a digit), or 0.</summary>
    private static int SectionNumberLength(string line)
    {
        var digits = 0;
        // ASCII digits only: the number is parsed, and other scripts' digits are no section's.
        while (digits < line.Length && line[digits] is >= '0' and <= '9') digits++;
        var numbered = digits is > 0 and <= MaxSectionNumberDigits && digits + 2 < line.Length && line[digits] == '.' && line[digits + 1] == ' '
            && (CharKinds.IsUpper(line[digits + 2]) || line[digits + 2] is >= '0' and <= '9');
        return numbered ? digits + 2 : 0;
    }

    /// <summary>The most digits in a section's number: a listicle counts its sections up to 99.</summary>
    private const int MaxSectionNumberDigits = 2;

    /// <summary>
    /// Whether <paramref name="line"/> opens free of the text before it: not with a word or phrase that ties it to a
    /// sentence before it ('Tuy nhiên', 'Điều đáng nói', 'Vụ việc'…), which a caption or a headline never opens with.
    /// </summary>
    public static bool OpensFreely(string line)
    {
        var end = 0;
        while (end < line.Length && CharKinds.IsLetter(line[end])) end++;
        if (end == 0) return !char.IsPunctuation(line[0]);
        var first = line.Substring(0, end);
        if (PersonWords.Contains(first) && end + 1 < line.Length && line[end] == ' ' && CharKinds.IsUpper(line[end + 1])) return true;
        return !TiedOpeners.Contains(first) && !Array.Exists(TiedOpeningPhrases, phrase => OpensWith(line, phrase));
    }

    private static bool OpensWith(string line, string phrase) =>
        line.StartsWith(phrase, StringComparison.Ordinal) && (line.Length == phrase.Length || !CharKinds.IsLetter(line[phrase.Length]));

    /// <summary>A comma followed by a lowercase word: a subordinate clause or a list ('…, sau khi…'), as story sentences have; a caption's commas set off a name's title.</summary>
    private static bool HasClauseAfterComma(string line)
    {
        for (var i = line.IndexOf(", ", StringComparison.Ordinal); i >= 0; i = line.IndexOf(", ", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 < line.Length && CharKinds.IsLower(line[i + 2])) return true;
        }

        return false;
    }

    private static bool HoldsStoryWord(string line)
    {
        string? previous = null;
        var start = 0;
        while (start < line.Length)
        {
            var end = line.IndexOf(' ', start);
            if (end < 0) end = line.Length;
            var wordEnd = end;
            while (wordEnd > start && !CharKinds.IsLetter(line[wordEnd - 1])) wordEnd--;
            var word = line.Substring(start, wordEnd - start);
            if (StoryWords.Contains(word) || (previous is not null && StoryPhrases.Contains(previous + " " + word))) return true;
            previous = word;
            start = end + 1;
        }

        return false;
    }
}
