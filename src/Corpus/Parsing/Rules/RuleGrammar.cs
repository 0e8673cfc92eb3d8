using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Corpus.Parsing.Text;

namespace Corpus.Parsing.Rules;

/// <summary>
/// What a rule may say: the shared shapes (<c>{name}</c>…) patterns use, and for each kind the named groups it takes
/// and the places it may apply. Checked when a rule set is built, so a typo in a group name is an error, not a field
/// that silently stays empty.
/// </summary>
internal static class RuleGrammar
{
    /// <summary>
    /// Words that open a Vietnamese sentence and are not part of a name when capitalized: a name (credit, byline) ends
    /// before one, and one capitalized after a lowercase word marks where a sentence began without a full stop.
    /// Given names that are also common words (Anh, Thế, Sáng, Năm…) and words that open official names in title case
    /// (Đặc phái viên, Không quân, Điều lệ, Quỹ Vì…) are left out on purpose. In ordinal order: every use checks the
    /// word ends after it, so the order never changes a match, and the regular-expression parser merges neighbouring
    /// alternatives that share their first letters, so the lookahead a name runs at each of its words tries a handful
    /// of them, not all fifty (the agency byline's pattern ran a third faster).
    /// </summary>
    public const string Openers =
        "Bà|Bên|Bởi|Chúng|Các|Còn|Có|Cùng|Cũng|Do|Dù|Dưới|Giữa|Hiện|Hôm|Họ|Khi|Liệu|Lúc|Mặc|Mọi|Mỗi|Mới|Ngay|"
        + "Ngoài|Nhiều|Nhưng|Nhằm|Nhờ|Nếu|Qua|Riêng|Sau|Theo|Thậm|Trong|Trên|Trước|Tuy|Tôi|Tại|Tất|Từ|Và|Vào|"
        + "Vậy|Về|Với|Ông|Đây|Đó|Được|Đến|Để";

    /// <summary>
    /// Words that never end a sentence (prepositions, conjunctions, determiners, 'tờ' before a paper's name): text that
    /// ends in one goes on, into the next line or a name.
    /// </summary>
    public static readonly string[] WordsNeedingMore =
    [
        "của", "với", "cho", "và", "là", "tại", "ở", "theo", "về", "từ", "đến", "trong", "trên", "dưới", "bởi", "do",
        "như", "mà", "thì", "nhưng", "hoặc", "các", "những", "một", "tờ",
    ];

    // A word of a name: Title case or ALL CAPS, with initials glued by dots (Q.H, T.Bình, Ng.Minh, VOV.VN).
    private const string TitleWord = @"\p{Lu}[\p{Ll}\p{M}]*(?:\.\p{Lu}[\p{Ll}\p{M}]*)*";
    private const string CapsWord = @"\p{Lu}[\p{Lu}\p{M}\p{Nd}]*(?:\.\p{Lu}[\p{Lu}\p{M}\p{Nd}]*)*";
    /// <summary>Where a name ends: not inside a word, nor before initials glued on (so 'P.Thảo' is never cut to 'P').</summary>
    private const string NameEnd = @"(?![\p{L}\p{M}]|\.\p{L})";

    private const string NotOpener = @"(?!(?:" + Openers + @")(?![\p{L}\p{M}])|" + DateOpener + ")";

    /// <summary>
    /// A word of time before a number, opening a sentence with its date ('Trưa 12/6, …', 'Năm 2020, …'): a credit or
    /// byline glued before such a sentence ends at it ('Ảnh: Hải Đường Trưa 12/6, Công an…'). 'Sáng' and 'Năm' are also
    /// given names, but never before a number. In ordinal order, as <see cref="Openers"/>: a name's lookahead tries it at each word.
    /// </summary>
    private const string DateOpener = @"(?:Chiều|Hôm|Ngày|Năm|Rạng sáng|Sáng|Tháng|Trưa|Tối|Đêm)\s\p{Nd}";

    /// <summary>
    /// A person's or outlet's name: up to five words, all Title case or all capitals (a change of case ends it), never a
    /// sentence opener after the first, never opening with a video player's button ('Play'). Atomic: a name run is taken
    /// whole or not at all, so a failing match never retries every shorter split of it.
    /// </summary>
    private const string Name =
        NotPlayerLabel + "(?>" + CapsWord + @"(?:\s" + NotOpener + CapsWord + @"){0,4}" + NameEnd
        + "|" + TitleWord + @"(?:\s" + NotOpener + TitleWord + @"){0,4}" + NameEnd + ")";

    /// <summary>Not the button of an embedded video player, printed as text before the byline ('… Play Hoàng Nam'): no name opens with it.</summary>
    private const string NotPlayerLabel = @"(?!(?:" + PlayerLabels + @")\s)";

    /// <summary>The button of an embedded video player as a scraper prints it.</summary>
    public const string PlayerLabels = "Play|PLAY";

    /// <summary>Whether the word from <paramref name="start"/> to <paramref name="end"/> is a video player's button (<see cref="PlayerLabels"/>).</summary>
    public static bool IsPlayerLabel(string text, int start, int end) => PlayerLabelWords.Contains(text, start, end - start);

    private static readonly WordList PlayerLabelWords = new(PlayerLabels.Split('|'));

    /// <summary>
    /// Not the words that open a line in Title case but never a person's name: things a caption names ('Xe Kia
    /// Sportage', 'Mẫu', 'Chiếc', 'Ảnh', 'Hình') and the courtesies closing a letter ('Xin Cảm Ơn', 'Trân Trọng',
    /// 'Hẹn Gặp Lại', 'Thân Ái'), in any case. For the bylines that are names alone; a marker vouches for the others.
    /// </summary>
    public const string NotPersonName = @"(?!(?i:xe|chiếc|mẫu|ảnh|hình|xin|cảm ơn|trân trọng|hẹn gặp|thân ái|kính thư|kính chào)(?![\p{L}\p{M}]))";

    private static readonly WordList OpenerWords = new(Openers.Split('|'));

    /// <summary>
    /// Two-word openers whose first word is left out of <see cref="Openers"/> because alone it may open an official
    /// name or be a given name ('Điều lệ', 'Hơn', 'Đồng', 'Chính phủ'): with their second word they are connectives
    /// that only open a sentence ('Tương tự', 'Mặt khác', 'Vì vậy'). Not 'Đặc biệt' nor 'Thực tế', which official and
    /// programme names hold in Title case ('Hội nghị Cấp cao Đặc biệt ASEAN').
    /// </summary>
    public const string OpenerPhrases =
        "Điều này|Điều đó|Hơn nữa|Hơn thế|Tương tự|Mặt khác|Thêm vào đó|Đồng thời|Chính vì|Thế nhưng|Vì vậy|Vì thế|Như vậy|"
        + "Cụ thể|Ví dụ|Nhìn chung|Tóm lại";

    private static readonly WordList OpenerPhraseList = new(OpenerPhrases.Split('|'));

    /// <summary>
    /// Nouns naming a work or a named event right before its title, which papers print in sentence case and unquoted
    /// when italics are lost ('phim Về nhà đi con', 'ca khúc Khi người mình yêu khóc', 'cuốn sách Tôi thấy hoa vàng…',
    /// 'chương trình Vì người nghèo', 'cuộc thi Đường lên đỉnh Olympia', 'mang tên Để…'): an opener after one starts
    /// the title, not a sentence glued on.
    /// </summary>
    public const string WorkNouns =
        "phim|sách|truyện|thuyết|khúc|hát|album|MV|thơ|kịch|trình|show|game|phẩm|tựa|tập|mục|báo|chí|kênh|nhạc|hit|series|đề|hiệu|điệp|thi|tên|trào";

    private static readonly WordList WorkNounList = new(WorkNouns.Split('|'));

    /// <summary>
    /// Nouns (or their last syllable) naming a kind of place right before its name, which may open with 'Ông' or 'Bà'
    /// ('xã Bà Điểm', 'núi Bà Đen', 'cầu Ông Lãnh', 'thành phố Bà Rịa'): after one, 'Bà X cho biết' is the place's
    /// office speaking ('UBND xã Bà Điểm cho biết'), no sentence opening with a person.
    /// </summary>
    public const string PlaceNouns =
        "xã|phường|trấn|huyện|quận|tỉnh|phố|đường|chợ|núi|cầu|ấp|thôn|làng|xóm|bản|sông|chùa|đền|miếu|kênh|rạch|bến|cảng|đình|"
        + "hồ|đảo|bãi|khu|hẻm|ngõ|ngách|trường|viện|viên|ga|vịnh|đèo|hang|rừng|suối|cồn|vàm|mũi|gò|giồng|lăng|thờ|thành|xứ|vùng|miền|cửa";

    /// <summary>
    /// Prepositions of place, before which a name opening with 'Ông' or 'Bà' is a place's ('Một người dân ở Bà Rịa cho
    /// biết'), and the words that join a name to another ('của', 'và', 'với').
    /// </summary>
    public const string PlacePrepositions = "ở|tại|từ|về|đến|tới|qua|khỏi|gần|quanh|sang|vào|ra|trên|dưới|trong|ngoài|giữa|cạnh|khắp|thuộc|của|và|với";

    /// <summary>The words after which a name opening with 'Ông' or 'Bà' names a place: <see cref="PlaceNouns"/> and <see cref="PlacePrepositions"/>.</summary>
    public const string BeforePlaceName = PlaceNouns + "|" + PlacePrepositions;

    private static readonly WordList BeforePlaceNameList = new(BeforePlaceName.Split('|'));

    /// <summary>
    /// Vietnam's provinces and centrally run cities as papers print them (both placements of a tone mark on 'oa': Hòa
    /// and Hoà), Ho Chi Minh City's short forms, and Sài Gòn and Huế.
    /// </summary>
    private const string Provinces =
        "An Giang|Bà Rịa[ -–]+Vũng Tàu|Bà Rịa|Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|Bình Phước|"
        + "Bình Thuận|Cà Mau|Cần Thơ|Cao Bằng|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|"
        + "Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|H(?:òa|oà) Bình|Hưng Yên|Khánh H(?:òa|oà)|Kiên Giang|Kon Tum|Lai Châu|"
        + "Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|"
        + "Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh H(?:óa|oá)|Thừa Thiên[ -–]+Huế|"
        + "Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Huế|Sài Gòn|"
        + @"(?:TP|Tp|Thành phố)\.?\s?(?:HCM|Hồ Chí Minh)|TPHCM";

    /// <summary>The most words of a sentence that only names someone or something ('Toyota Hilux 2021.', 'Ông Nguyễn Văn Tùng.').</summary>
    public const int MaxNameOnlyWords = 6;

    /// <summary>The longest abbreviation in capitals a full stop may follow inside a sentence ('TP. Hà Nội', 'Q. Ba Đình').</summary>
    private const int MaxAbbreviationLetters = 3;

    /// <summary>The most digits of a list item's number ('1. Honda City. 2. Toyota Vios.').</summary>
    private const int MaxItemNumberDigits = 2;

    /// <summary>
    /// Whether a sentence that only names someone or something starts at <paramref name="start"/>: after another
    /// sentence's end (not a list item's number, '1.', nor an abbreviation in capitals, 'TP.'), two to
    /// <see cref="MaxNameOnlyWords"/> words that each open with a capital or a digit, two of them capitalized words
    /// (no Roman numeral: 'Điều 13.', 'Phần II.' head a section), one of them holding a lowercase letter (no acronym
    /// alone), no score or time ('2-1'), then a full stop with more text after it. The test for
    /// caption-name-only-sentence, found without running its pattern.
    /// </summary>
    public static bool NameOnlySentenceAt(string text, int start)
    {
        if (start < 3 || start >= text.Length || text[start - 1] != ' ') return false;
        var end = start - 2;
        if (text[end] is '"' or '”' or '’') end--;
        if (end < 1 || Array.IndexOf(Terminators, text[end]) < 0 || !(CharKinds.IsLetterOrDigit(text[end - 1]) || text[end - 1] is ')' or '"' or '”' or '’')) return false;

        var words = 0;
        var named = 0;
        var lower = false;
        for (var i = start; ; i++)
        {
            if (i >= text.Length || !(CharKinds.IsUpper(text[i]) || char.IsDigit(text[i])) || ++words > MaxNameOnlyWords) return false;
            var wordStart = i;
            while (i < text.Length && !EndsNameOnlyWord(text[i]))
            {
                if (CharKinds.IsLower(text[i])) lower = true;
                else if (text[i] is '-' or '–' && char.IsDigit(text[wordStart])) return false;
                i++;
            }

            if (CharKinds.IsUpper(text[wordStart]) && !IsRomanNumeral(text, wordStart, i)) named++;
            if (i + 1 >= text.Length) return false;
            if (text[i] == '.') return text[i + 1] == ' ' && words >= 2 && named >= 2 && lower && !EndsItemNumberOrAbbreviation(text, end);
            if (text[i] != ' ') return false;
        }
    }

    /// <summary>Whether a sentence that only names someone or something (<see cref="NameOnlySentenceAt"/>) stands anywhere in <paramref name="text"/>: the line test.</summary>
    public static bool HoldsNameOnlySentence(string text)
    {
        // Jump from one sentence end to the next; most text has few, and most sentences fail at their second word.
        for (var i = text.Length > 1 ? text.IndexOfAny(Terminators, 1) : -1; i >= 0 && i + 3 < text.Length; i = text.IndexOfAny(Terminators, i + 1))
        {
            var space = text[i + 1] is '"' or '”' or '’' ? i + 2 : i + 1;
            if (text[space] != ' ' || !OpensWithCapitalOrDigit(text, space + 1)) continue;

            // Most sentences have a lowercase second word: look no further than it.
            var second = text.IndexOf(' ', space + 1);
            if (second > 0 && OpensWithCapitalOrDigit(text, second + 1) && NameOnlySentenceAt(text, space + 1)) return true;
        }

        return false;
    }

    private static bool OpensWithCapitalOrDigit(string text, int at) => at < text.Length && (CharKinds.IsUpper(text[at]) || char.IsDigit(text[at]));

    /// <summary>Whether the full stop at <paramref name="stop"/> closes a list item's number ('2.') or an abbreviation in capitals ('TP.'), not a sentence.</summary>
    private static bool EndsItemNumberOrAbbreviation(string text, int stop)
    {
        var wordStart = stop;
        while (wordStart > 0 && !CharKinds.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var length = stop - wordStart;
        var digits = true;
        var capitals = true;
        for (var i = wordStart; i < stop; i++)
        {
            digits &= char.IsDigit(text[i]);
            capitals &= CharKinds.IsUpper(text[i]);
        }

        return (digits && length <= MaxItemNumberDigits) || (capitals && length <= MaxAbbreviationLetters);
    }

    private static bool EndsNameOnlyWord(char c) => CharKinds.IsWhiteSpace(c) || c is '.' or '!' or '?' or '…' or ':' or ';' or ',' or '"' or '“' or '”' or '(' or ')' or '[' or ']';

    private static bool IsRomanNumeral(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')) return false;
        }

        return true;
    }

    /// <summary>The longest text from a sentence start a caption glued before a sentence opener can span.</summary>
    public const int MaxGluedCaptionLength = 250;

    /// <summary>
    /// Whether the sentence starting at <paramref name="start"/> has, within <see cref="MaxGluedCaptionLength"/>
    /// characters, a lowercase word followed by a sentence opener and another lowercase word, and the words before it
    /// report no speech (a caption does not: 'Bà Lan cho biết "chúng tôi rất lo lắng" Trong khi đó, …' is a story
    /// sentence that lost its full stop): the only place the pattern for a caption glued before a sentence can match,
    /// found without running it.
    /// </summary>
    public static bool CaptionBeforeOpenerAhead(string text, int start)
    {
        var end = Math.Min(text.Length - 2, start + MaxGluedCaptionLength);
        for (var i = OpenerInitials.IndexOfAny(text, start + 1, end + 1); i > 1; i = OpenerInitials.IndexOfAny(text, i + 1, end + 1))
        {
            if (SentenceEndsBetween(text, start, i)) return false;
            if (GluedSentenceAt(text, i)) return !ReportsSpeech(text, start, i);
        }

        return false;
    }

    /// <summary>The fewest and most words of a subheading glued before a sentence: a longer unnamed fragment is a caption.</summary>
    public const int MinGluedSubheadingWords = 3;

    /// <inheritdoc cref="MinGluedSubheadingWords"/>
    public const int MaxGluedSubheadingWords = 9;

    /// <summary>
    /// Whether the sentence starting at <paramref name="start"/> opens with a capital and then lowercase words only (a
    /// comma may follow one, quotes may open or close one), <see cref="MinGluedSubheadingWords"/> to
    /// <see cref="MaxGluedSubheadingWords"/> of them in all, right before a sentence glued on
    /// (<see cref="GluedSentenceAt"/>): the only place the pattern for a subheading glued before a sentence can match,
    /// found without running it (most sentences fail at their first capital, digit or mark).
    /// </summary>
    public static bool GluedPhraseAhead(string text, int start)
    {
        if (start + 1 < text.Length && text[start] is '"' or '“') start++;
        if (start >= text.Length || !CharKinds.IsUpper(text[start])) return false;
        var i = start + 1;
        for (var words = 1; words <= MaxGluedSubheadingWords; words++)
        {
            while (i < text.Length && CharKinds.IsLowerOrMark(text[i])) i++;
            if (i < text.Length && text[i] is '"' or '”') i++;
            if (i + 2 < text.Length && text[i] == ',') i++;
            if (i + 1 >= text.Length || text[i] != ' ') return false;
            var next = i + 1;
            if (CharKinds.IsUpper(text[next]))
            {
                if (words < MinGluedSubheadingWords) return false;
                return GluedSentenceAt(text, next);
            }

            if (next + 1 < text.Length && text[next] is '"' or '“') next++;
            if (!CharKinds.IsLowerOrMark(text[next])) return false;
            i = next;
        }

        return false;
    }

    /// <summary>
    /// Words that follow a sentence's subject before its verb, telling when ('đã', 'từng', 'vừa', 'sẽ', 'đang') or how
    /// often or how far ('cũng', 'đều', 'chưa', 'vẫn', 'còn'): a name before one is a subject.
    /// </summary>
    public const string SubjectMarkers = "đã|từng|vừa|sẽ|đang|cũng|đều|chưa|vẫn|còn";

    /// <summary>
    /// Words after which a clause with its own subject goes on inside the sentence, beyond the words that never end a
    /// phrase (<see cref="WordsNeedingMore"/>: 'thì', 'mà', 'và', 'là'…): conjunctions ('nên', 'khi', 'nếu'), reported
    /// speech and thought ('rằng', 'biết', 'thấy', 'nói', 'tin', 'muốn'), time ('sau', 'trước', 'lúc'). A subject named
    /// after one of them opens no new sentence.
    /// </summary>
    public const string ClauseLinks = "rằng|nên|khi|nếu|vì|để|biết|thấy|sau|trước|lúc|dù|tuy|song|nói|hỏi|nghĩ|tin|mong|muốn";

    /// <summary>
    /// Verbs of reported speech: a fragment that reports what its subject said ('Nga cho biết trong năm nay Nga sẽ…')
    /// is the story's sentence naming its subject twice, not a caption.
    /// </summary>
    public const string ReportingVerbWords = "cho biết|cho hay|cho rằng|khẳng định|cam kết|tuyên bố|nhấn mạnh|tiết lộ|nói|rằng";

    // Each with the space before it, to be found as a word that follows another.
    private static readonly string[] ReportingVerbs = ReportingVerbWords.Split('|').Select(verb => " " + verb).ToArray();

    private static readonly WordList SubjectMarkerWords = new(SubjectMarkers.Split('|'));

    /// <summary>
    /// The shortest line that joins several paragraphs, as a scraper that drops the page's line breaks prints a story
    /// (a paragraph of a news story runs to a few hundred characters): only there is a caption glued into the story's
    /// text with nothing but its words to show it.
    /// </summary>
    public const int MinJoinedLineLength = 1000;

    /// <summary>Whether <paramref name="line"/> is long enough to join several paragraphs (<see cref="MinJoinedLineLength"/>).</summary>
    public static bool JoinsParagraphs(string line) => line.Length >= MinJoinedLineLength;

    /// <summary>The most words of the name a caption glued before a sentence about its subject opens with.</summary>
    public const int MaxOpeningNameWords = 3;

    /// <summary>
    /// Whether the sentence starting at <paramref name="start"/> opens with a name (up to <see cref="MaxOpeningNameWords"/>
    /// capitalized words) whose last word comes back, within <see cref="MaxGluedCaptionLength"/> characters and before
    /// any sentence end, as the subject of a sentence glued on (the word, then a <see cref="SubjectMarkers"/> word), with
    /// no reported speech before it: the only place the pattern for a caption glued before a sentence about its subject
    /// can match, found without running it.
    /// </summary>
    public static bool SubjectNamedAgainAhead(string text, int start)
    {
        // The subject is the name's last word ('Hải' of 'Quang Hải'): a name comes back whole or by its last word.
        var words = 0;
        var wordStart = start;
        var wordEnd = start;
        for (var position = start; position < text.Length && CharKinds.IsUpper(text[position]); position = wordEnd + 1)
        {
            if (++words > MaxOpeningNameWords) return false;
            wordStart = position;
            wordEnd = position + 1;
            while (wordEnd < text.Length && IsWordChar(text[wordEnd])) wordEnd++;
            if (wordEnd - wordStart < 2 || wordEnd >= text.Length || text[wordEnd] != ' ') return false;
        }

        if (words == 0) return false;
        var length = wordEnd - wordStart;
        var end = Math.Min(text.Length - length, wordEnd + MaxGluedCaptionLength + 2);
        var sentenceEnd = SentenceEndWithin(text, wordEnd, end);
        if (sentenceEnd >= 0) end = sentenceEnd;
        var initial = text[wordStart];
        for (var at = wordEnd < end ? text.IndexOf(initial, wordEnd, end - wordEnd) : -1; at > 0; at = at + 1 < end ? text.IndexOf(initial, at + 1, end - at - 1) : -1)
        {
            var after = at + length;
            if (text[at - 1] != ' ' || after + 1 >= text.Length || text[after] != ' ' || string.CompareOrdinal(text, at, text, wordStart, length) != 0) continue;
            var markerEnd = after + 1;
            while (markerEnd < text.Length && IsWordChar(text[markerEnd])) markerEnd++;
            if (SubjectMarkerWords.Contains(text, after + 1, markerEnd - after - 1)) return !ReportsSpeech(text, start, at);
        }

        return false;
    }

    /// <summary>Whether one of <see cref="ReportingVerbs"/> (each opening with its space) stands, as whole words, at <paramref name="at"/>.</summary>
    private static bool ReportsSpeechAt(string text, int at)
    {
        foreach (var verb in ReportingVerbs)
        {
            var end = at + verb.Length;
            if (end <= text.Length && text[at + 1] == verb[1] && string.CompareOrdinal(text, at, verb, 0, verb.Length) == 0 && (end == text.Length || !IsWordChar(text[end]))) return true;
        }

        return false;
    }

    /// <summary>Whether one of <see cref="ReportingVerbs"/> stands, as whole words, between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private static bool ReportsSpeech(string text, int start, int end)
    {
        foreach (var verb in ReportingVerbs)
        {
            var at = text.IndexOf(verb, start, end - start, StringComparison.Ordinal);
            if (at >= 0 && (at + verb.Length == text.Length || !IsWordChar(text[at + verb.Length]))) return true;
        }

        return false;
    }

    /// <summary>The fewest words of a caption glued before a sentence that repeats a sentence of the story: shorter runs of words recur by chance.</summary>
    public const int MinRepeatedCaptionWords = 8;

    /// <summary>The most words of such a caption.</summary>
    public const int MaxRepeatedCaptionWords = 50;

    /// <summary>How far (in characters, about two paragraphs) from such a caption the story sentence it repeats may stand.</summary>
    public const int MaxRepeatDistance = 1500;

    // How many of a repeated caption's first words its cheap test looks for again: fewer recur by chance.
    private const int OpeningWords = 4;

    /// <summary>
    /// Whether the sentence starting at <paramref name="start"/> reaches, after <see cref="MinRepeatedCaptionWords"/>
    /// words or more and before any sentence end, a capitalized word glued on after a lowercase word and followed by a
    /// lowercase one, and its first four words stand again within <see cref="MaxRepeatDistance"/> characters (in either
    /// case): the only place the pattern for a caption that repeats the story's words can match, found without running it.
    /// </summary>
    public static bool RepeatedFragmentAhead(string text, int start)
    {
        if (start >= text.Length || !CharKinds.IsUpper(text[start])) return false;

        // The sentence's end bounds the search; words are counted from space to space (vectorized searches both).
        var end = Math.Min(text.Length - 2, start + MaxGluedCaptionLength);
        if (end <= start) return false;
        var sentenceEnd = SentenceEndWithin(text, start, end);
        if (sentenceEnd >= 0) end = sentenceEnd;

        var words = 1;
        var wordStart = start;
        var openingEnd = -1;
        for (var space = text.IndexOf(' ', start, end - start); space > 0; space = space + 1 < end ? text.IndexOf(' ', space + 1, end - space - 1) : -1)
        {
            words++;
            if (words == OpeningWords + 1) openingEnd = space;
            if (words > MinRepeatedCaptionWords && CharKinds.IsUpper(text[space + 1]) && CharKinds.IsLowerOrMark(text[space - 1]) && !CharKinds.IsUpper(text[wordStart])
                && LowercaseWordAfter(text, space + 1))
            {
                return WordsNear(text, start, openingEnd - start);
            }

            wordStart = space + 1;
        }

        return false;
    }

    // Whether the word at start is followed by a space and a lowercase word.
    private static bool LowercaseWordAfter(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return end + 1 < text.Length && text[end] == ' ' && CharKinds.IsLowerOrMark(text[end + 1]);
    }

    // Whether the opening words at start (length characters) stand again within MaxRepeatDistance, as they are or with
    // the first letter in lowercase (inside a sentence). Ordinal searches, which run vectorized over Vietnamese text.
    private static bool WordsNear(string text, int start, int length)
    {
        var opening = text.Substring(start, length);
        var from = Math.Max(0, start - MaxRepeatDistance);
        var to = Math.Min(text.Length, start + length + MaxRepeatDistance);
        return OccursNear(text, opening, start, from, to)
            || OccursNear(text, char.ToLowerInvariant(opening[0]) + opening.Substring(1), start, from, to);
    }

    private static bool OccursNear(string text, string words, int start, int from, int to)
    {
        for (var at = text.IndexOf(words, from, to - from, StringComparison.Ordinal); at >= 0;
             at = at + 1 < to ? text.IndexOf(words, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
        {
            if (at != start && (at == 0 || !IsWordChar(text[at - 1]))) return true;
        }

        return false;
    }

    /// <summary>The fewest characters between the quotes of a quotation a caption can be glued before: names of works and slogans in quotes are shorter.</summary>
    public const int MinQuotationLength = 60;

    private static readonly char[] OpeningQuotes = ['"', '“'];

    /// <summary>
    /// Whether the sentence starting at <paramref name="start"/> reaches, within <see cref="MaxGluedCaptionLength"/>
    /// characters and before any sentence end, an opening quote after a space: the only place the pattern for a caption
    /// glued before a quotation can match, found without running it.
    /// </summary>
    public static bool QuoteAhead(string text, int start)
    {
        var quote = text.IndexOfAny(OpeningQuotes, start + 1);
        return quote > start + 1 && quote - start <= MaxGluedCaptionLength + 1 && text[quote - 1] == ' ' && !SentenceEndsBetween(text, start, quote);
    }

    /// <summary>Whether <paramref name="text"/> holds a quotation followed by a comma ('"…", ông A nói'): the line test before the sentence-by-sentence one.</summary>
    public static bool QuotationWithAttribution(string text) =>
        text.IndexOf("\", ", StringComparison.Ordinal) >= 0 || text.IndexOf("”, ", StringComparison.Ordinal) >= 0;

    /// <summary>Whether a sentence starts with no full stop before it (see <see cref="GluedSentenceAt"/>) anywhere in <paramref name="text"/>.</summary>
    public static bool OpenerAnywhere(string text)
    {
        // Jump from one capital that could open an opener to the next; most text has few.
        for (var i = OpenerInitials.IndexOfAny(text, 1, text.Length - 1); i > 1; i = OpenerInitials.IndexOfAny(text, i + 1, text.Length - 1))
        {
            if (GluedSentenceAt(text, i)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence starts at <paramref name="i"/> in <paramref name="text"/> with no full stop before it, as
    /// when a subheading or a caption lost its line break: after a lowercase word, a digit, a closing bracket or quoted
    /// words ('… như "lúc mới yêu" Khi …'), a capitalized sentence opener and a lowercase word ('… tắc đường Với số
    /// tiền…'), an opener phrase ('… tại Monaco Điều này …'), or a capitalized 'Ông' or 'Bà' before a name the text
    /// also calls 'ông X' or 'bà X', then a lowercase word ('… người Kurd Ông Erdogan cũng…'). Never after a noun
    /// naming a work (<see cref="WorkNouns"/>: 'phim Về nhà đi con' is a film's title).
    /// 'Tuy' after a capitalized word ends a name ('cầu Vĩnh Tuy có…'), so no sentence starts there.
    /// A place named after someone ('phố Bà Triệu', 'chợ Bà Chiểu') is never called so, and stays one sentence.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public static bool GluedSentenceAt(string text, int i)
    {
        if (i < 2 || text[i - 1] != ' ') return false;
        var before = text[i - 2];
        if (!(CharKinds.IsLower(before) || char.IsDigit(before) || before == ')' || ClosesQuotedWords(text, i - 2))) return false;
        var wordEnd = i;
        while (wordEnd < text.Length && CharKinds.IsLetter(text[wordEnd])) wordEnd++;
        if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ') return false;
        var next = text[wordEnd + 1];
        var opens = CharKinds.IsLower(next)
            ? (IsOpener(text, i, wordEnd - i) && !EndsName(text, i, wordEnd)) || OpensWithPhrase(text, i)
            : CharKinds.IsUpper(next) && HonorificBeforeKnownName(text, i, wordEnd);

        // Checked last: most capitals open no sentence, and the word before is looked at only for those that would.
        return opens && !FollowsWorkNoun(text, i - 1);
    }

    private static bool OpensWithPhrase(string text, int i) => OpenerPhraseList.OpensAt(text, i);

    /// <summary>Whether the word ending right before <paramref name="end"/> is one of <see cref="WorkNouns"/>.</summary>
    private static bool FollowsWorkNoun(string text, int end) => FollowsNoun(text, end, WorkNounList);

    /// <summary>Whether the word ending right before <paramref name="end"/> is one of <paramref name="nouns"/>.</summary>
    private static bool FollowsNoun(string text, int end, WordList nouns)
    {
        var start = end;
        while (start > 0 && (IsWordChar(text[start - 1]) || CharKinds.IsUpper(text[start - 1]))) start--;
        return (start == 0 || !IsWordChar(text[start - 1])) && nouns.Contains(text, start, end - start);
    }

    /// <summary>Whether the quote at <paramref name="at"/> closes quoted words ('"chớm"'): a letter right before it, not a full stop.</summary>
    private static bool ClosesQuotedWords(string text, int at) => text[at] is '"' or '”' && at > 0 && IsWordChar(text[at - 1]);

    /// <summary>
    /// An opener that is also the last syllable of names ('Tuy': 'cầu Vĩnh Tuy có…', 'Tuy Hòa'): after a capitalized
    /// word it ends that name, unless its conjunction's second word follows ('… Việt Nam Tuy nhiên, …').
    /// </summary>
    public const string NameSyllableOpener = "Tuy";

    /// <summary>The second words of the conjunctions <see cref="NameSyllableOpener"/> opens ('Tuy nhiên', 'Tuy vậy', 'Tuy thế').</summary>
    public const string NameSyllableConjunctions = "nhiên|vậy|thế";

    private static readonly WordList NameSyllableConjunctionWords = new(NameSyllableConjunctions.Split('|'));

    private static bool EndsName(string text, int start, int end)
    {
        if (end - start != NameSyllableOpener.Length || string.CompareOrdinal(text, start, NameSyllableOpener, 0, end - start) != 0) return false;
        var nextEnd = end + 1;
        while (nextEnd < text.Length && IsWordChar(text[nextEnd])) nextEnd++;
        if (NameSyllableConjunctionWords.Contains(text, end + 1, nextEnd - end - 1)) return false;
        var before = start - 1;
        while (before > 0 && IsWordChar(text[before - 1])) before--;
        return before < start - 1 && CharKinds.IsUpper(text[before]);
    }

    private static readonly WordList Honorifics = new(["Ông", "Bà"]);

    // 'Ông Erdogan cũng…': the honorific, a name in Title case, a lowercase word; and 'ông Erdogan' (or 'bà') elsewhere
    // in the text, or with more of the person's names before ('ông Hoàng Minh' for 'Ông Minh'), or a verb of speech
    // right after the name, not after a word that introduces a place ('Ông Thăng cho hay…', but 'người dân ở Bà Rịa
    // cho biết'): a person's name.
    private static bool HonorificBeforeKnownName(string text, int start, int end)
    {
        if (!Honorifics.Contains(text, start, end - start)) return false;
        var nameEnd = end;
        while (nameEnd + 1 < text.Length && text[nameEnd] == ' ' && CharKinds.IsUpper(text[nameEnd + 1]))
        {
            nameEnd += 2;
            while (nameEnd < text.Length && CharKinds.IsLowerOrMark(text[nameEnd])) nameEnd++;
        }

        if (nameEnd == end || nameEnd + 1 >= text.Length || text[nameEnd] != ' ' || !CharKinds.IsLower(text[nameEnd + 1])) return false;
        if (ReportsSpeechAt(text, nameEnd) && !FollowsNoun(text, start - 1, BeforePlaceNameList)) return true;
        var name = text.Substring(end + 1, nameEnd - end - 1);
        var from = Math.Max(0, start - MaxHonorificDistance - 1);
        var to = Math.Min(text.Length, nameEnd + 1 + MaxHonorificDistance);
        foreach (var honorific in CalledHonorifics)
        {
            for (var at = text.IndexOf(honorific, from, to - from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(honorific, at + 1, to - at - 1, StringComparison.Ordinal))
            {
                if ((at == 0 || !IsWordChar(text[at - 1])) && CalledAt(text, at + honorific.Length, name)) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How far (in characters, about three paragraphs) from a glued 'Ông X' the text must call the person 'ông X': the
    /// search stays near, so a long line with many such places is read in linear time.
    /// </summary>
    public const int MaxHonorificDistance = 1500;

    private static readonly string[] CalledHonorifics = ["ông ", "bà "];

    // From after 'ông ': Title case words, the last of them (or its last words) being the name ('Hoàng Minh' for 'Minh').
    private static bool CalledAt(string text, int position, string name)
    {
        while (position < text.Length && CharKinds.IsUpper(text[position]))
        {
            var after = position + name.Length;
            if (string.CompareOrdinal(text, position, name, 0, name.Length) == 0 && (after == text.Length || !IsWordChar(text[after]))) return true;
            while (position < text.Length && !CharKinds.IsWhiteSpace(text[position])) position++;
            position++;
        }

        return false;
    }

    /// <summary>Whether <paramref name="c"/> belongs to a word: a letter or a combining mark (text may be decomposed).</summary>
    public static bool IsWordChar(char c) => CharKinds.IsLetterOrMark(c);

    /// <summary>Where the first sentence end (a terminator before a space) between <paramref name="start"/> and <paramref name="end"/> stands, or -1.</summary>
    private static int SentenceEndWithin(string text, int start, int end)
    {
        for (var i = start < end ? text.IndexOfAny(Terminators, start, end - start) : -1; i >= 0; i = i + 1 < end ? text.IndexOfAny(Terminators, i + 1, end - i - 1) : -1)
        {
            if (i + 1 < text.Length && text[i + 1] == ' ') return i;
        }

        return -1;
    }

    /// <summary>Whether a sentence ends (a terminator before a space) between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private static bool SentenceEndsBetween(string text, int start, int end) => SentenceEndWithin(text, start, end) >= 0;

    private static readonly char[] Terminators = ['.', '!', '?', '…'];

    private static readonly CharSet OpenerInitials = new(OpenerWords.Initials.Concat(OpenerPhraseList.Initials));

    /// <summary>Whether the word starting at <paramref name="start"/> is a sentence opener.</summary>
    public static bool IsOpenerAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && CharKinds.IsLetter(text[end])) end++;
        return end > start && IsOpener(text, start, end - start);
    }

    private static bool IsOpener(string text, int start, int length) => OpenerWords.Contains(text, start, length);

    /// <summary>A host name as pages print it: 'vietnamplus.vn', 'baonghean.vn'.</summary>
    public const string HostName = @"[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}";

    /// <summary>Web hosts a photo was taken from, joined by ', ': 'kenh14.vn', 'dailymail.co.uk, as-de.ru'. Lowercase only, so a name with initials ('VOV.VN') is a name.</summary>
    private const string HostList = HostName + HostEnd + @"(?:,\s?" + HostName + HostEnd + ")*";

    private const string HostEnd = @"(?![\p{L}\p{M}\p{Nd}])";

    /// <summary>The shared shapes a pattern may use, by name.</summary>
    public static IReadOnlyDictionary<string, (string Regex, string Meaning)> Macros { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["name"] = (Name, "a person's or outlet's name: 1–5 words in Title Case or ALL CAPS, initials such as Q.H or T.Bình allowed; a change of case, a sentence opener or a word of time before a number (Trưa 12/6) ends it"),
        ["names"] = ("(?:" + Name + @"(?:\s?(?:-|–|,|&|và)\s" + Name + "){0,3})", "one to four names joined by ' - ', ', ', ' & ' or ' và '"),
        ["outlet"] = (@"(?:[\p{Lu}\p{Nd}][\p{L}\p{M}\p{Nd}.+&'\-]*(?:\s[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}.+&'\-]*){0,5})", "an outlet's name: up to six words, the first capitalized (Dân Trí, Trí thức trẻ, VOV.VN)"),
        ["credit"] = ("(?:" + HostList + "|" + Name + @"(?:\s?/\s?" + Name + @")*|\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}]|://))", "a photo credit: hosts joined by ', ' (kenh14.vn, dailymail.co.uk), names joined by '/' (AFP/TTXVN), or one lowercase word (internet) that is no address's scheme (https://)"),
        ["opener"] = ("(?:" + Openers + @")(?![\p{L}\p{M}])", "a word that opens a Vietnamese sentence and is never part of a name: " + Openers.Replace("|", ", ")),
        ["province"] = ("(?i:" + Provinces + @")(?![\p{L}\p{M}])", "one of Vietnam's provinces or centrally run cities, in any case (Hà Nội, TP.HCM, TP HCM, Đà Nẵng, Nghệ An, Thừa Thiên Huế…)"),
        ["date"] = ("(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4})", "a date printed DD/MM/YYYY (groups d, m, y)"),
        ["time"] = ("(?<h>[0-9]{1,2}):(?<min>[0-9]{2})", "a time printed HH:MM (groups h, min)"),
    };

    private static readonly Regex MacroReference = new(@"(?<!\\)\{(?<macro>[a-z]+)\}", RegexOptions.CultureInvariant);

    private static readonly string[] DateGroups = ["d", "m", "y", "h", "min", "s", "ampm"];

    /// <summary>
    /// Whether a group is the pattern's own, named to be referred back to (<c>(?&lt;_first&gt;…)…\k&lt;_first&gt;</c>): its name
    /// starts with an underscore, and it fills no field.
    /// </summary>
    public static bool IsHelperGroup(string name) => name.Length > 0 && name[0] == '_';

    /// <summary>For each kind: the groups it takes, which of them must be there (any one of <c>AnyOf</c>), and where it may apply.</summary>
    private static readonly Dictionary<PieceKind, (string[] Groups, string[] AnyOf, RulePlacement Places)> Contracts = new()
    {
        [PieceKind.Headline] = (["title", "source"], [], RulePlacement.Opening),
        [PieceKind.Body] = ([], [], All),
        [PieceKind.Subheading] = (["heading"], [], RulePlacement.Anywhere | RulePlacement.InsideLine),
        [PieceKind.ImageLabel] = (["label", "subject", "caption", "credit"], ["label"], RulePlacement.Anywhere),
        [PieceKind.Caption] = (["caption", "credit"], [], RulePlacement.Anywhere | RulePlacement.AfterImageLabel | RulePlacement.InsideLine | RulePlacement.Closing),
        [PieceKind.Credit] = (["credit", "caption"], ["credit"], RulePlacement.Anywhere | RulePlacement.AfterImageLabel | RulePlacement.InsideLine | RulePlacement.Closing),
        [PieceKind.Byline] = (["author", "agency", "photos", "place", .. DateGroups], ["author", "agency"], RulePlacement.Anywhere | RulePlacement.Opening | RulePlacement.Closing),
        [PieceKind.SourceLine] = (["source", "agency", "site", "url", "author"], ["source", "agency", "site", "url"], RulePlacement.Anywhere | RulePlacement.Opening | RulePlacement.Closing | RulePlacement.InList | RulePlacement.InsideLine),
        [PieceKind.Dateline] = (["agency", "place", .. DateGroups], ["y", "place"], RulePlacement.Anywhere | RulePlacement.Opening | RulePlacement.Closing | RulePlacement.InsideLine),
        [PieceKind.Teaser] = (["title", "summary"], [], RulePlacement.Anywhere | RulePlacement.InsideLine | RulePlacement.Closing),
        [PieceKind.ListHeading] = (["group", "items"], [], RulePlacement.Anywhere | RulePlacement.InList | RulePlacement.InsideLine),
        [PieceKind.ListItem] = (["title", "category", "summary", .. DateGroups], [], RulePlacement.InList),
        [PieceKind.MetadataHeader] = (["key", "value"], ["key"], RulePlacement.Opening | RulePlacement.Closing),
        [PieceKind.Chrome] = ([], [], All),
        [PieceKind.EndMark] = ([], [], RulePlacement.InsideLine | RulePlacement.Closing | RulePlacement.Anywhere),
        [PieceKind.Link] = (["headline"], ["headline"], RulePlacement.Anywhere),
        [PieceKind.StoryEnd] = ([], [], RulePlacement.Anywhere | RulePlacement.InList),
    };

    private const RulePlacement All = RulePlacement.Anywhere | RulePlacement.Opening | RulePlacement.Closing | RulePlacement.AfterImageLabel | RulePlacement.InsideLine | RulePlacement.InList;

    /// <summary>The groups a kind takes.</summary>
    public static IReadOnlyList<string> GroupsOf(PieceKind kind) => Contracts[kind].Groups;

    /// <summary>The places a kind may apply.</summary>
    public static RulePlacement PlacesOf(PieceKind kind) => Contracts[kind].Places;

    /// <summary>The pattern with its macros expanded, or a problem saying which macro is unknown.</summary>
    public static string Expand(string pattern, out string? problem)
    {
        string? unknown = null;
        var expanded = MacroReference.Replace(pattern, match =>
        {
            var name = match.Groups["macro"].Value;
            if (Macros.TryGetValue(name, out var macro)) return macro.Regex;
            unknown ??= name;
            return match.Value;
        });
        problem = unknown is null ? null : $"'{{{unknown}}}' is not a known shape; use one of {string.Join(", ", Macros.Keys.Select(key => "{" + key + "}"))}, or write '\\{{' for a literal brace";
        return expanded;
    }

    /// <summary>What is wrong with the rule's kind, placement and groups, if anything.</summary>
    public static IEnumerable<string> Check(ParseRule rule, Regex regex)
    {
        if (!Contracts.TryGetValue(rule.Kind, out var contract))
        {
            yield return $"'{rule.Kind}' is not a kind a rule can have";
            yield break;
        }

        if (rule.Placement == 0 || (rule.Placement & ~contract.Places) != 0)
        {
            yield return $"a {rule.Kind} rule cannot apply at {rule.Placement & ~contract.Places}; it may apply at {contract.Places}";
        }

        var groups = regex.GetGroupNames().Where(name => !int.TryParse(name, out _) && !IsHelperGroup(name)).ToList();
        foreach (var group in groups.Where(group => !contract.Groups.Contains(group)))
        {
            yield return contract.Groups.Length == 0
                ? $"a {rule.Kind} rule takes no named groups, but the pattern has '(?<{group}>…)'"
                : $"a {rule.Kind} rule has no group '{group}'; it takes {string.Join(", ", contract.Groups)}";
        }

        if (contract.AnyOf.Length > 0 && !contract.AnyOf.Any(groups.Contains))
        {
            yield return $"a {rule.Kind} rule must capture {(contract.AnyOf.Length == 1 ? "" : "one of ")}{string.Join(", ", contract.AnyOf.Select(group => "(?<" + group + ">…)"))}";
        }

        if (rule.Kind == PieceKind.Dateline && groups.Contains("y") && !(groups.Contains("d") && groups.Contains("m")))
        {
            yield return "a Dateline rule that captures the year must capture the day and month too: (?<d>…) and (?<m>…), or use {date}";
        }
    }
}
