using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Corpus.Parsing.Text;

namespace Corpus.Parsing.Rules;

/// <summary>
/// The built-in conventions of Vietnamese news pages, as data. Each states a convention of such pages in general
/// (never one page's words) and is guarded against real sentences: a rule that deletes a body sentence is worse than
/// one that leaves junk. Precedence tiers: page structure and furniture first, then metadata lines, then images and
/// teasers, then the weakest guesses.
/// </summary>
internal static class BuiltInRules
{
    // Structural rules: implemented by the reader, named here so they are explained, ordered and can be turned off.
    public const string FrontMatter = "front-matter";
    public const string Headline = "headline";
    public const string HeadlineWithFullStop = "headline-with-full-stop";
    public const string TitleRepeated = "title-repeated";
    public const string StoryHeading = "story-heading";
    public const string DoubledHeadline = "doubled-headline";
    public const string CaptionAfterLabel = "caption-after-label";
    public const string CaptionBeforeCredit = "caption-before-credit";
    public const string EndMark = "end-mark";
    public const string ListItems = "list-items";
    public const string SummaryAfterStory = "summary-after-story";
    public const string CaptionCopiedFromStory = "caption-copied-from-story";
    public const string CaptionBetweenParagraphs = "caption-between-paragraphs";
    public const string CaptionOpeningHeadlessStory = "caption-opening-headless-story";
    public const string CaptionAfterGalleryIntro = "caption-after-gallery-intro";
    public const string SubheadingBetweenParagraphs = "subheading-between-paragraphs";
    public const string BrokenLines = "broken-lines";

    /// <summary>Named for the fold: the outlet a lead opens with yields its field to the story's own credit lines.</summary>
    public const string OutletPrefix = "outlet-prefix";

    /// <summary>Like <see cref="OutletPrefix"/>: the outlet's acronym, unbracketed, opening the story's first line.</summary>
    public const string OutletAcronymPrefix = "outlet-acronym-prefix";

    /// <summary>Whether <paramref name="rule"/> is a built-in rule for the outlet a line opens with.</summary>
    public static bool IsOutletPrefix(CompiledRule? rule) => rule is { BuiltIn: true, Name: OutletPrefix or OutletAcronymPrefix };

    private const int NoLimit = int.MaxValue;

    private const int Structure = 1000;
    private const int Furniture = 900;
    private const int Metadata = 700;
    private const int Images = 500;
    private const int Teasers = 400;
    private const int Guesses = 100;

    /// <summary>How many capitalized words an outlet's name may run on with after its first six ('Báo Đầu tư Bất động sản Việt Nam').</summary>
    private const int MaxOutletRunOn = 1;

    /// <summary>
    /// Abbreviations for a kind of place or public body, printed before its proper name ('TP Hồ Chí Minh', 'UBND tỉnh',
    /// 'SVĐ Mỹ Đình', 'ĐH Bách khoa'): a name after one names that place, not a writer.
    /// </summary>
    private const string PlaceKindAbbreviations = "TP|Tp|TX|TT|UBND|HĐND|SVĐ|ĐH|ĐHQG|BV|KCN|KĐT|VKSND|TAND";

    /// <summary>
    /// The longest place and date a letter closes with ('Thừa Thiên Huế, ngày 12 tháng 12 năm 2023'): the closing walk
    /// looks for one only that far from the story's end, since the places' names are costly to look for everywhere.
    /// </summary>
    private const int MaxPlaceDateLength = 80;

    /// <summary>The longest run of captions a gallery closing a story may print after its last sentence.</summary>
    private const int MaxGalleryLength = 1200;

    /// <summary>The longest lead of another article a teaser closing the story prints after its headline and outlet.</summary>
    private const int MaxOutletSummaryLength = 600;

    /// <summary>The longest headline, with its outlet in brackets, of a teaser closing the story.</summary>
    private const int MaxOutletTeaserTitleLength = 250;

    /// <summary>
    /// The fewest words of a headline before its outlet in brackets: fewer name a place filed from ('TP Hồ Chí Minh
    /// (TTXVN) - …'), a story's dateline.
    /// </summary>
    private const int MinOutletTeaserTitleWords = 5;

    /// <summary>
    /// Text that a sentence of a caption cannot contain: a full stop, question or exclamation mark, or ellipsis
    /// followed by a space ends the sentence (one inside <c>TP.HCM</c> or <c>5.000</c> does not).
    /// </summary>
    private const string InSentence = @"(?:[^.!?…]|[.!?…](?!\s))";

    /// <summary>Like <see cref="InSentence"/>, with brackets only in balanced pairs: a caption never ends inside brackets.</summary>
    private const string InSentenceOutsideBrackets = @"(?:[^.!?…()]|\([^()]*\)|[.!?…](?!\s))";

    /// <summary>
    /// Not ending in a word that cannot end a phrase: a word that needs more after it (<see cref="RuleGrammar.WordsNeedingMore"/>),
    /// 'hay', or a word for a person that comes before the name ('với ông', 'của'). Text ending so is a sentence that
    /// goes on, say into a name.
    /// </summary>
    private static readonly string NotBeforeName =
        @"(?<!\s(?:" + string.Join("|", RuleGrammar.WordsNeedingMore) + "|hay|ông|bà|anh|chị|em|cô|chú|bác|nhà))";

    /// <summary>
    /// An outlet's acronym as it signs a lead: two to ten capitals, with '&amp;', '.', '+' or digits inside ('TTO',
    /// 'GD&amp;TĐ', 'VOV.VN'), never a word in Title case.
    /// </summary>
    private const string OutletAcronym = @"\p{Lu}[\p{Lu}&.+\p{Nd}]{0,8}\p{Lu}";

    /// <summary>A place printed in capitals: two to four words ('CẦN THƠ', 'PHÚ QUỐC'); one word alone may be an acronym.</summary>
    private const string CapitalsPlace = @"\p{Lu}[\p{Lu}\p{M}]+(?:\s\p{Lu}[\p{Lu}\p{M}]+){1,3}";

    /// <summary>The longest text before the dash that closes a dateline's place.</summary>
    private const int MaxPlaceLength = 40;

    /// <summary>Whether <paramref name="line"/> holds a digit: a date's, for the rules that need one, which most lines do not hold.</summary>
    private static bool HoldsDigit(string line) => line.IndexOfAny(Digits) >= 0;

    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <summary>Whether a dash follows within the first words, where a dateline's place would end: a cheap gate.</summary>
    private static bool OpensWithDash(string line)
    {
        var dash = line.IndexOfAny(Dashes);
        return dash > 1 && dash <= MaxPlaceLength;
    }

    private static readonly char[] Dashes = ['-', '–', '—'];

    /// <summary>A caption's sentence (its full stop optional) right before a note in brackets about the photo.</summary>
    private const string CaptionBeforeNote = "(?<caption>" + InSentence + @"{8,300}?)[.!?…]?\s\(";

    /// <summary>Words that open the name of a place a photo shows: a school, an area, a house, a road, a building.</summary>
    private const string PlaceNouns =
        "Trường|Khu vực|Hiện trường|Ngôi nhà|Căn nhà|Căn hộ|Nhà|Khu nhà|Đoạn đường|Tuyến đường|Con đường|Cây cầu|Cầu|Khu đất|Trụ sở|Quán|Chung cư|"
        + "Bệnh viện|Công trình|Nhà máy|Cửa hàng|Tòa nhà|Bãi biển|Vị trí|Góc phố|Ngã tư|Ngã ba|Xưởng|Khách sạn|Sân|Chợ|Khu chung cư";

    /// <summary>Words that open the name of a graphic printed in a story: a table, a chart, a map.</summary>
    private const string GraphicNouns = "Bảng xếp hạng|Bảng tổng sắp|Bảng thống kê|Bảng giá|Biểu đồ|Bản đồ|Sơ đồ|Đồ họa|Đồ hoạ|Infographic";

    /// <summary>
    /// Words that make a line about a graphic a sentence, not its name: auxiliaries and the verbs of a clause
    /// ('Bản đồ được cập nhật…', '… cho thấy …', '… là …').
    /// </summary>
    private const string ClauseWords = "được|bị|là|có|cho|đã|đang|sẽ|vừa|không|chưa|cũng|thì|gồm|nằm";

    /// <summary>The most words after its opening noun a graphic's caption holds.</summary>
    private const int MaxGraphicCaptionWords = 14;

    /// <summary>A caption inside a line up to the bracket of its credit, which may follow its full stop or the last word.</summary>
    private const string CaptionBeforeCreditBracket = "(?<caption>" + InSentence + @"{8,300}?)[.!?…]?\s?\(";

    /// <summary>
    /// 'Ảnh minh họa' (an illustration, not the story's own photo) and the ways pages print it: 'Hình minh họa',
    /// 'Ảnh mang tính chất minh họa', 'ảnh có tính chất minh họa', 'Ảnh: Minh họa' (the word in the credit's place), 'ảnh minh họa'.
    /// </summary>
    private const string Illustration = "(?:[ẢẨảẩ]nh|[Hh]ình)(?:(?: (?:mang|có) tính(?: chất)?)? |\\s?:\\s?)[Mm]inh h(?:ọa|oạ|oa)";

    /// <summary>
    /// The credit after <see cref="Illustration"/>: 'Ảnh minh họa: Internet', where it was taken from, 'Ảnh minh họa
    /// từ Internet' (the credit is the source's name), or in brackets after it, 'Ảnh minh họa. (Nguồn: TTXVN)': after
    /// those words a source can only be the photo's.
    /// </summary>
    private const string IllustrationCredit = @"(?:\s?:\s?(?<credit>{credit})|\s" + TakenFrom + "(?<credit>" + OnlineSource + @")|\.?\s\((?:Nguồn|Ảnh|Nguồn ảnh)\s?:\s?(?<credit>{credit})\))?";

    /// <summary>Where a photo was taken from, before the place: 'từ', 'lấy từ', 'sưu tầm từ'.</summary>
    private const string TakenFrom = @"(?:lấy |sưu tầm )?từ\s";

    /// <summary>The online places a photo is taken from without naming its owner: 'Internet', 'mạng xã hội', 'Facebook'.</summary>
    private const string OnlineSource = "[Ii]nternet|mạng xã hội|[Ff]acebook";

    /// <summary>
    /// Headings of recommendation lists, each as a sentence and in capitals, with a colon or not: literal alternatives,
    /// so a line is matched by lookup.
    /// </summary>
    private static readonly string ListHeadings = string.Join("|", new[]
    {
        "Tin liên quan", "Tin tức liên quan", "Tiêu điểm", "Tin đang nóng", "Tin mới nhất", "Tin mới", "Có thể bạn quan tâm",
        "Bạn có thể quan tâm", "Tin cùng chuyên mục", "Bài cùng chuyên mục", "Cùng chuyên mục", "Tin khác", "Các tin khác",
        "Bài liên quan", "Bài viết liên quan", "Tin cùng chủ đề", "Đọc nhiều nhất", "Đọc nhiều", "Xem nhiều nhất", "Xem nhiều",
        "Tin xem nhiều", "Tin nổi bật", "Đừng bỏ lỡ", "Tin bài liên quan", "Bài viết cùng chủ đề", "Bài cùng chủ đề",
        "Cùng chủ đề", "Bài đọc nhiều", "Bài xem nhiều", "Tin đọc nhiều", "Bài viết khác", "Tin tức khác", "Tin bài khác",
        "Tin liên quan khác", "Bạn nên đọc", "Video liên quan",
    }.SelectMany(heading => new[] { heading, heading.ToUpperInvariant() }).SelectMany(heading => new[] { heading, heading + ":" }));

    /// <summary>Text every way of printing <see cref="Illustration"/> holds.</summary>
    private static readonly string[] IllustrationWords = ["minh họa", "minh hoạ", "minh hoa", "Minh họa", "Minh hoạ", "Minh hoa"];

    /// <summary>
    /// The further sources of a source line, each after ', ' and a name, a host or one capitalized word
    /// ('Theo Familyminded, Fodor'sTravel'). Never words going on in lowercase: 'Theo AFP, Nga phản đối' is a sentence.
    /// </summary>
    /// <summary>A date printed with slashes, dots or dashes ('12/06/2023', '12.6.2023'): never a word of a name.</summary>
    private const string DateWord = @"[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{2,4}(?![0-9])";

    private const string MoreSources = @"(?:,\s(?:" + RuleGrammar.HostName + @"|\p{Lu}[^\s,;:!?]*?(?:\s\p{Lu}[^\s,;:!?]*?){0,3})(?=,|\.?$)){0,3}";

    /// <summary>The page's tools printed as text: sharing, comments and their count, printing, saving, the way back to the top.</summary>
    private const string PageTool = @"(?:Chia sẻ|Bình luận|Ý kiến|In|Gửi|Lưu|Báo lỗi|Phản hồi)(?:\s(?:bài viết|bài|tin|trang))?(?:\s?\(\d{1,6}\))?|(?:Lượt xem|Lượt đọc|Lượt thích|Lượt chia sẻ)\s?:?\s?[0-9][0-9.,]{0,12}|Lên đầu trang|Về đầu trang|Đầu trang|Sao chép liên kết|Copy link|Facebook|Twitter|Zalo|Email|Google\+?";

    /// <summary>Text every <see cref="PhotoPosition"/> holds: a position closing its bracket or a phrase, or the start of 'từ trái sang'.</summary>
    private static readonly string[] PhotoPositionWords = ["trái)", "phải)", "giữa)", "trái,", "phải,", "giữa,", "trái sang", "trái qua", "phải sang", "phải qua"];

    /// <summary>
    /// Positions in a photo, in brackets: '(trái)', '(bên phải, hàng trước)', '(thứ hai từ trái sang)'. The position
    /// closes the bracket or a phrase in it, so '(trái phép)' and '(giữa đêm)' are none.
    /// </summary>
    private const string PhotoPosition = @"\((?:[^()]{0,40}\s)?(?:trái|phải|giữa)(?:\s(?:sang|qua)(?:\s[^(),]{0,20})?)?(?:,[^()]{0,30})?\)";

    /// <summary>The photographer after a writer's name: 'Ảnh: Name', 'Ảnh và video: Name', 'Ảnh, video: Name'.</summary>
    private const string PhotosBy = @"(?:Ảnh|ẢNH)(?:(?:,|\s(?:và|&))\s(?:video|clip))?\s?:\s?(?<photos>{names})";

    /// <summary>When a byline says the story was published: 'HH:MM DD/MM/YYYY', or 'DD/MM/YYYY HH:MM' with AM or PM after it or not.</summary>
    private const string PrintedMoment = @"(?:{time}\s{date}|{date}\s{time}(?:\s?(?<ampm>AM|PM))?)";

    /// <summary>
    /// Names alone (two words or more, or with initials): a writer's byline with nothing else on the line. A column's
    /// writer may sign with a degree or a profession first ('PGS Văn Như Cương', 'PGS.TS Trần Văn A', 'Luật sư B'),
    /// or with 'Bởi' ('by': 'Bởi Minh Anh'), which is no part of the name.
    /// </summary>
    private const string BareNames = @"(?:(?:Bởi|BỞI)\s|" + WriterTitle + @"\s)?(?=\S+\s\S|\p{Lu}\p{Ll}?\.\p{Lu})" + RuleGrammar.NotPersonName + "(?<author>{names})";

    /// <summary>A degree or profession a writer signs with before the name: 'PGS', 'PGS.TS', 'ThS. BS', 'Luật sư', 'Nhà báo'.</summary>
    private const string WriterTitle =
        @"(?:(?:GS|PGS|TS|TSKH|ThS|Ths|BS|KTS|LS|NSƯT|NSND)(?:\.\s?(?:TS|TSKH|BS|ThS|KTS))?\.?|Luật sư|Bác sĩ|Nhà báo|Nhà văn|Nhà thơ|Tiến sĩ|Thạc sĩ|Kiến trúc sư)";

    /// <summary>Whether <paramref name="line"/> opens with a word that can be an outlet's acronym ('GD&amp;TĐ'), host ('Baoquocte.vn') or camel-case name ('GiadinhNet').</summary>
    private static bool OpensWithOutletName(string line)
    {
        if (line.Length <= 2 || !CharKinds.IsUpper(line[0])) return false;
        if (CharKinds.IsUpper(line[1])) return true;
        var space = line.IndexOf(' ');
        var firstWordEnd = space < 0 ? line.Length : space;
        for (var i = 1; i < firstWordEnd; i++)
        {
            if (line[i] == '.' || (CharKinds.IsUpper(line[i]) && CharKinds.IsLower(line[i - 1]))) return true;
        }

        return false;
    }

    /// <summary>What joins a <see cref="PrintedDay"/>'s numbers: one of them is in every printed day.</summary>
    private static readonly string[] PrintedDaySeparators = ["/", ".", "-", "tháng"];

    /// <summary>A date as pages print it over a story, 'ngày' or 'Ngày' before it or not: '12/06/2023', '12-06-2023', '12.06.2023' (one separator throughout), or written out: '16 tháng 6 năm 2023'.</summary>
    private const string PrintedDay = @"(?:[Nn]gày\s)?(?:(?<d>[0-9]{1,2})(?<_separator>[/.\-])(?<m>[0-9]{1,2})\k<_separator>(?<y>[0-9]{4})|(?<d>[0-9]{1,2})\stháng\s(?<m>[0-9]{1,2}),?\snăm\s(?<y>[0-9]{4}))";

    /// <summary>
    /// An outlet's name as a saved page's title prints it after the headline: a paper, magazine or station named by its
    /// kind ('Báo Dân trí', 'Tạp chí Tri thức'), a name ending in 'Online' or 'News' ('Tuổi Trẻ Online', 'VTC News'), or a
    /// host ('VnExpress.net', 'VTV.VN', 'thanhnien.vn').
    /// </summary>
    private const string SiteName =
        @"(?:(?:Báo|BÁO|Tạp chí|Đài|Cổng thông tin|Trang tin)\s\p{Lu}[\p{L}\p{M}\p{Nd}&.\-]*(?:\s[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}&.\-]*){0,3}"
        + @"|\p{Lu}[\p{L}\p{M}\p{Nd}]*(?:\s\p{Lu}[\p{L}\p{M}\p{Nd}]*){0,2}\s(?:Online|ONLINE|News|NEWS)"
        + @"|[\p{L}\p{Nd}][\p{L}\p{Nd}\-]*(?:\.[\p{L}\p{Nd}\-]+)*\.(?:vn|VN|com|COM|net|NET|org|ORG))";

    /// <summary>The writer as a line over the story prints them: 'Minh Anh', 'Tác giả: Minh Anh'.</summary>
    private const string PrintedWriter = @"(?:(?:Tác giả|Người viết|Bài)\s?:\s?)?(?<author>{names})";

    /// <summary>What joins the writer, the date and the section on one line over the story: a bar, a dot, a dash or a comma.</summary>
    private const string MetaSeparator = @"(?:\s?[|•·]\s?|\s[-–]\s|,\s)";

    /// <summary>The date (and time) a line over the story prints: 'Cập nhật: 12/06/2023 10:30', 'Thứ Hai, 12/06/2023 10:30 (GMT+7)'.</summary>
    private const string PrintedMomentOverStory = @"(?:(?:Cập nhật|Đăng|Ngày đăng|Ngày cập nhật|Thời gian|Xuất bản)(?: lúc| ngày)?\s?:?\s)?(?:" + Weekday + @"\s?,?\s)?(?:" + PrintedDay + "(?:" + DayClockSeparator + PrintedClock + ")?|" + PrintedClock + DayClockSeparator + "(?:" + Weekday + @"\s?,?\s)?" + PrintedDay + @")(?:\s?\(?GMT\s?\+\s?0?7(?::00)?\)?)?";

    /// <summary>Between a printed date and time: a comma, bar or dash, a space, or 'lúc' ('12/06/2023 lúc 10:30').</summary>
    private const string DayClockSeparator = @"(?:\s?[,|–-]?\s?|\slúc\s)";

    /// <summary>A time as pages print it over a story, with seconds and AM/PM when printed: '10:30', '10:30:15', '10:30 AM'.</summary>
    private const string PrintedClock = @"{time}(?::(?<s>[0-9]{2}))?(?:\s?(?<ampm>AM|PM))?";

    /// <summary>A day of the week as pages print it before a date: 'Thứ hai', 'Thứ Bảy', 'Thứ 2', 'Chủ nhật', 'T2'.</summary>
    private const string Weekday = @"(?:Thứ\s(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|Chủ\s[Nn]hật|CN|T[2-7])";

    /// <summary>The sections Vietnamese news sites share, as their menus name them.</summary>
    private static readonly string SectionName = "(?:" + string.Join("|",
        "Thời sự", "Chính trị", "Xã hội", "Thế giới", "Quốc tế", "Kinh doanh", "Kinh tế", "Tài chính", "Chứng khoán", "Bất động sản",
        "Giải trí", "Văn hóa", "Văn hoá", "Thể thao", "Bóng đá", "Pháp luật", "Giáo dục", "Tuyển sinh", "Sức khỏe", "Sức khoẻ", "Y tế",
        "Đời sống", "Gia đình", "Du lịch", "Khoa học", "Công nghệ", "Số hóa", "Xe", "Ô tô", "Xe máy", "Quân sự", "Thời trang",
        "Âm nhạc", "Ẩm thực", "Môi trường", "Nhịp sống", "Bạn đọc", "Góc nhìn", "Ý kiến", "Tâm sự", "Nhà đất", "Việc làm",
        "Lao động", "Thị trường", "Tiêu dùng", "An ninh", "Hình sự", "Tin tức", "Tin nóng", "Tiêu điểm", "Phóng sự", "Điều tra",
        // The kickers a story's form or standing puts over its headline.
        "Độc quyền", "Trực tiếp", "Phỏng vấn", "Bình luận", "Infographic", "Emagazine", "E-magazine", "Longform", "Multimedia", "Podcast") + ")";

    /// <summary>A section of a site in a breadcrumb: up to five words, the first capitalized ('Trang chủ', 'Thời sự', 'Bất động sản').</summary>
    private const string BreadcrumbStep = @"\p{Lu}[\p{L}\p{M}\p{Nd}&\-]*(?:\s[\p{L}\p{M}\p{Nd}&\-]+){0,4}";

    /// <summary>A web address as a page prints it, up to the next space; a closing bracket or full stop after it is the line's own.</summary>
    private const string WebAddress = @"(?<url>https?://\S+?)";

    /// <summary>A note printed as it is or inside brackets, '(…)', the closing one required when the opening one is there.</summary>
    private static string MaybeBracketed(string note) => @"(?<_bracket>\()?" + note + @"(?(_bracket)\))";

    /// <summary>Where a photo came from, printed instead of a photographer: a screenshot, a frame cut from a clip, archives, the person in the story ('Ảnh nv', 'Ảnh NVCC').</summary>
    private const string PhotoOrigin = PhotoWord + "(?:" + FrameOrigin + @"|tư liệu|" + ProvidedBy + @"|nhân vật|(?:nv|NV|nvcc|NVCC)(?![\p{L}\p{M}])|" + TakenFrom + "(?:" + OnlineSource + "))";

    /// <summary>'Ảnh' or 'Hình ảnh' (a photo) opening a note about where it came from.</summary>
    private const string PhotoWord = @"(?:[ẢẨ]nh|Hình(?: ảnh)?)\s";

    /// <summary>A frame of a screen or a clip: such a photo always shows the moment its caption, just before, describes.</summary>
    private const string FrameOrigin = "chụp (?:từ |lại )?(?:màn hình|clip|video)|cắt từ (?:clip|video)";

    private static readonly string[] FrameOriginWords = ["màn hình", "clip", "video"];

    /// <summary>Given by someone, within one sentence: 'do nhân vật cung cấp', 'do gia đình cung cấp', 'nhân vật cung cấp'.</summary>
    private const string ProvidedBy = "(?:do " + InSentence + "{1,40}? |nhân vật )cung cấp";

    private static readonly string[] ProvidedByWords = [.. FrameOriginWords, "cung cấp"];

    private static readonly string[] PhotoOriginWords = ["màn hình", "clip", "video", "tư liệu", "nhân vật", "nv", "NV", "nternet", "mạng xã hội", "acebook", "nh do "];

    /// <summary>
    /// A note ('Ảnh minh họa') is a sentence of its own: a full stop, the end of the line, or the next sentence's
    /// capital follows it, never more words of its sentence.
    /// </summary>
    private const string NoteEnd = @"(?:[.!?…]|(?=\s?$|\s[\p{Lu}""“(]))";

    /// <summary>A word of a name glued to what follows it: Title case, with initials glued by dots ('T.Thủy', 'Ng.Minh').</summary>
    private const string GluedNameWord = @"\p{Lu}[\p{Ll}\p{M}]*(?:\.\p{Lu}[\p{Ll}\p{M}]*)*";

    /// <summary>'Tổng hợp' (compiled) as bylines shorten it: 'TH', 'T/h'.</summary>
    private const string CompiledShort = "TH|T/[Hh]|t/h|th";

    /// <summary>What a byline's bracket says the story was compiled or translated from, before the outlet: 'Tổng hợp', 'theo', 'dịch từ', 'T/h'.</summary>
    private const string CompiledFromNote = "[Tt]ổng hợp|[Tt]heo|" + TranslatedFrom + "|" + CompiledShort;

    /// <summary>A writer's role in a byline's bracket, which is no agency: 'ghi', 'thực hiện', 'lược dịch', 'bài và ảnh'.</summary>
    private const string WriterRoles = "[Tt]hực hiện|[Gg]hi|[Dd]ịch|[Bb]iên dịch|[Ll]ược dịch|[Bb]iên soạn|[Bb]ài(?:,| và) ảnh|[Tt]in(?:,| và) ảnh";

    /// <summary>A translator's note before the outlet translated: 'dịch từ', 'Lược dịch theo', 'Biên dịch từ'.</summary>
    private const string TranslatedFrom = @"(?:[Ll]ược\s|[Bb]iên\s)?[Dd]ịch\s(?:từ|theo)";

    /// <summary>'Trong ảnh' (in the photo) before what a photo shows.</summary>
    private const string InThePhoto = "Trong ảnh|TRONG ẢNH";

    /// <summary>A call to read or watch another article: 'Xem thêm', 'XEM NGAY', 'Xem tiếp', 'Xem thêm Video', 'XEM VIDEO', 'Mời quý độc giả xem video', 'Mời xem thêm'.</summary>
    private const string SeeMoreCall = @"(?:(?:Xem|XEM|Đọc|ĐỌC)\s(?:thêm|THÊM|ngay|NGAY|tiếp|TIẾP)(?:\s" + VideoWord + @")?|(?:Mời|MỜI)(?:\s(?:bạn đọc|quý độc giả|quý vị|độc giả))?\s(?:xem|XEM|đọc|ĐỌC)(?:\s(?:thêm|THÊM))?(?:\s" + VideoWord + @")?|(?:Xem|XEM)\s" + VideoWord + ")";

    /// <summary>
    /// The title a call to read more links to: up to the end of its sentence, or to where a story sentence is glued on;
    /// never across that sentence, even when the line ends there too ('Xem thêm: Giá lúa tăng Theo ông Tư, giá sẽ giảm.').
    /// </summary>
    private static string SeeMoreTitle => "(?<title>(?:(?!" + GluedSentenceAhead + ")" + InSentence + ")+?)(?:[.!?…](?=\\s|$)|" + BeforeGluedSentence + "|$)";

    /// <summary>'Video' or 'clip' after a call to watch ('Xem video: …', 'XEM CLIP: …').</summary>
    private const string VideoWord = "(?:Video|VIDEO|video|Clip|CLIP|clip)";

    /// <summary>'Tổng hợp' (compiled) and 'Sưu tầm' (collected) in full: what a story was made from, naming no source.</summary>
    private const string CompiledNotes = "Sưu tầm|Tổng hợp|TỔNG HỢP|SƯU TẦM";

    /// <summary>A reporter's or editor's role printed instead of a name ('PV' is 'phóng viên', 'BTV' 'biên tập viên', 'CTV' 'cộng tác viên'): no one's name, no outlet.</summary>
    private const string AnonymousRoles = "PV|P\\.V|Nhóm PV|Nhóm phóng viên|BTV|CTV|Phóng viên|NHÓM PV|NHÓM PHÓNG VIÊN|PHÓNG VIÊN";

    /// <summary>Not a role printed instead of a name (<see cref="AnonymousRoles"/>), as a whole word.</summary>
    private const string NotAnonymousRole = @"(?!(?:" + AnonymousRoles + @")(?![\p{L}\p{M}]))";

    /// <summary>What a credit opens with: 'Ảnh', 'Nguồn ảnh', 'Đồ họa', 'Ảnh, video' (photos and clip by one hand), 'Nguồn video'.</summary>
    private const string CreditMarker = "(?:Ảnh(?: tư liệu| minh họa| minh hoạ|(?:,| và| &) (?:video|clip))?|ẢNH|Nguồn ảnh|Nguồn video|Biểu đồ|Đồ họa|Đồ hoạ|Infographic|Hình|HÌNH|Photo|PHOTO)";

    /// <summary>
    /// Before a credit marker, checked at each position of a caption scanned from its start: one character test rules
    /// most positions out before the marker's alternatives are tried. (A caption that must end its line is matched
    /// greedily instead, from the line's end, where its credit is.)
    /// </summary>
    private const string BeforeMarker = @"(?=\s?[ẢNBĐIHP])";

    /// <summary>
    /// Before the credit that ends a caption line (a separator, a space, a credit marker, or 'Video'/'Clip'), checked at
    /// each position the caption gives back from the line's end: one character test rules most out before the
    /// alternatives are tried (a caption line of 55 characters took a third of the time with it).
    /// </summary>
    private const string BeforeLineEndingCredit = @"(?=[\s\-–|ẢNBĐIHPVC])";

    /// <summary>
    /// A photo's source described in sentence case after 'Ảnh:' inside a line ('Chụp màn hình', 'Gia đình cung cấp',
    /// 'Dân trí', 'FB nhân vật'): up to five words, ending with its sentence or right before a word that opens the next
    /// one. Never after 'Ảnh minh họa:', which a caption follows.
    /// </summary>
    private const string CreditPhrase =
        @"(?<=(?:Ảnh|ẢNH|Nguồn ảnh|Ảnh tư liệu)\s?:\s?)\p{Lu}[\p{L}\p{M}]*(?:\s[\p{Ll}\p{M}]+){1,4}(?=\.?$|\.\s|\s{opener})";

    /// <summary>A phone line to call: 'Tổng đài tư vấn sức khỏe: 0988 868 465', 'Hotline: 1900 1234'.</summary>
    private const string PhoneLine = @"(?:Tổng đài|Hotline|HOTLINE|Đường dây nóng|Điện thoại|ĐT|SĐT)(?:\s[\p{L}\p{M}]+){0,4}\s?:\s?\+?[0-9][0-9 .]{6,14}[0-9]";

    /// <summary>The website or email printed after a phone line: ' - Website: x.vn'.</summary>
    private const string SiteAfterPhone = @"\s?[-–|,;]\s?(?:Website|Web|Email|E-mail)\s?:\s?[^\s>]+";

    /// <summary>Inside a line, after a sentence, 'Nguồn: X' credits the photo that sentence captioned.</summary>
    private const string InlineCreditMarker = "(?:Ảnh(?: tư liệu| minh họa| minh hoạ)?|ẢNH|Nguồn(?: ảnh)?|Biểu đồ|Đồ họa|Đồ hoạ|Infographic|Hình|HÌNH|Photo|PHOTO)";

    /// <summary>
    /// 'Ông' or 'Bà' capitalized before a name and a lowercase word, where the line also calls that person 'ông X' or
    /// 'bà X' (any of their names before X), within <see cref="RuleGrammar.MaxHonorificDistance"/> characters, or where
    /// a verb of speech follows the name ('Ông Thăng cho hay…') and no noun for a kind of place or preposition of place
    /// comes before it ('UBND xã Bà Điểm cho biết', 'người dân ở Bà Rịa cho biết'): a sentence opening with the
    /// person. A place named after someone ('phố Bà Triệu') is never called so.
    /// </summary>
    private static string HonorificBeforeKnownName =>
        @"(?<!(?<![\p{L}\p{M}])(?:" + RuleGrammar.BeforePlaceName + @")\s)(?:Ông|Bà)\s\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*)*\s(?:" + RuleGrammar.ReportingVerbWords + @")(?![\p{L}\p{M}])"
        + @"|(?:Ông|Bà)\s(?<_who>\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*)*)\s\p{Ll}"
        + @"(?:(?=.{0," + RuleGrammar.MaxHonorificDistance + "}?" + CalledByHonorific + ")|(?<=" + CalledByHonorific + ".{0," + RuleGrammar.MaxHonorificDistance + "}))";

    // 'ông Erdogan', 'ông Hoàng Minh' for 'Minh': the honorific, any of the person's names before, the name.
    private const string CalledByHonorific = @"(?<![\p{L}\p{M}])(?:ông|bà)(?:\s\p{Lu}[\p{Ll}\p{M}]*)*?\s\k<_who>(?![\p{L}\p{M}])";

    /// <summary>
    /// The outlet after a writer's name and a dash: an acronym of two to six capitals without diacritics (but Đ), digits
    /// or '+' after it (TTXVN, VOV, VTV24), with up to three Title case words for its bureau ('VOV Tây Bắc'); or a paper,
    /// station or portal named by its kind ('Báo Nghệ An', 'Đài PT-TH Nghệ An').
    /// </summary>
    private const string DashedOutlet =
        @"[A-ZĐ]{2,6}[0-9+]*(?:\.(?:VN|vn))?(?:\s\p{Lu}[\p{Ll}\p{M}]+){0,3}|(?:Báo|Đài|Tạp chí|Cổng TTĐT|Truyền hình)\s{outlet}|" + CamelCaseOutlet;

    /// <summary>
    /// An outlet's name written as one word with a capital inside it ('VnExpress', 'TNTBros', 'ZingNews'): no
    /// Vietnamese name is spelled so.
    /// </summary>
    private const string CamelCaseOutlet = @"\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}+\p{Ll})[\p{L}\p{Nd}]{0,20}(?![\p{L}\p{M}\p{Nd}])";

    /// <summary>
    /// Right before a sentence glued on with no full stop, after a lowercase word, a digit or a bracket: the pattern of
    /// <see cref="RuleGrammar.GluedSentenceAt"/>, which gates the rules that use it.
    /// </summary>
    private static string BeforeGluedSentence => "(?=" + GluedSentenceAhead + ")";

    // The space before a glued sentence and its opening words, for a lookahead or a negative one. 'Tuy' after a
    // capitalized word ends a name ('cầu Vĩnh Tuy có…'; see RuleGrammar.NameSyllableOpener); after a noun naming a work
    // the opener starts its title (RuleGrammar.WorkNouns).
    private static string GluedSentenceAhead =>
        @"(?<=[\p{Ll}\p{Nd})]|[\p{L}\p{M}][""”])\s(?=\p{Lu})(?<!(?<![\p{L}\p{M}])(?:" + RuleGrammar.WorkNouns + @")\s)(?:(?!" + RuleGrammar.NameSyllableOpener + @"(?<=(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*\s" + RuleGrammar.NameSyllableOpener + @")\s(?!(?:" + RuleGrammar.NameSyllableConjunctions + @")(?![\p{L}\p{M}]))){opener}\s\p{Ll}|(?:" + RuleGrammar.OpenerPhrases + @")(?![\p{L}\p{M}])|" + HonorificBeforeKnownName + ")";

    /// <summary>An agency's acronym after a photographer's name and a dash ('TTXVN', 'VOV', 'VNA'): two to six capitals, digits after.</summary>
    private const string AgencyAcronym = @"[A-ZĐ]{2,6}[0-9]*(?![\p{L}\p{M}\p{Nd}])";

    /// <summary>The fewest words of a headline printed in square brackets as a link: fewer are a note ('[Video]', '[Cười]').</summary>
    private const int MinBracketedTitleWords = 4;

    /// <summary>
    /// A few words in quotes inside a glued caption that has named someone before them ('Vợ ca sĩ A cũng từng "chớm"
    /// bị…', '… vợ chồng A vẫn mặn nồng như "lúc mới yêu"'): a term the caption stresses, never a quotation, which runs
    /// longer or holds a sentence's end. A phrase naming no one with a quoted term is a subheading
    /// ('Những điển hình của "quy hoạch chồng quy hoạch"'), so it stays text.
    /// </summary>
    private static string QuotedWords =>
        @"(?<=[\p{L}\p{M}\p{Nd},]\s\p{Lu}[^.!?…""“”]{0," + RuleGrammar.MaxGluedCaptionLength + @"})[""“][\p{L}\p{M}\p{Nd}]+(?:\s[\p{L}\p{M}\p{Nd}]+){0," + (MaxQuotedCaptionWords - 1) + @"}[""”]";

    /// <summary>The most words in quotes a glued caption holds as a term of its own: more is a quotation.</summary>
    private const int MaxQuotedCaptionWords = 5;

    /// <summary>The name that came back after a glued caption (<c>_prefix</c> and <c>_subject</c>), elsewhere in the line as a whole name.</summary>
    private const string NamedAgain = @"(?<![\p{L}\p{M}])\k<_prefix>\k<_subject>(?![\p{L}\p{M}])";

    /// <summary>Where the story's sentence a caption repeats ends its clause too: a mark of punctuation (the caption's next word is not the story's).</summary>
    private const string RepeatEnd = "[.!?…,;:]";

    /// <summary>A character of a word inside a sentence: no space, colon, semicolon, quote or bracket, and no full stop before a space.</summary>
    private const string InSentenceWordChars = @"(?:[^\s.!?…:;""“”()]|[.!?…](?!\s))";

    /// <summary>The arrows a page prints before a link to another article: '>>', '»', '►'.</summary>
    private static readonly string[] LinkArrows = [">>", "»", "►", "▶", "▸"];

    /// <summary>One of <see cref="LinkArrows"/>, in a pattern.</summary>
    private static readonly string LinkArrow = "(?:" + string.Join("|", LinkArrows) + ")";

    /// <summary>A word of a sentence that only names something: it opens with a capital or a digit (a digit, with no dash after it: '2-1' is a score).</summary>
    private const string NameOnlyWord = @"(?:\p{Lu}[^\s.!?…:;,""“”()\[\]]*|\p{Nd}[^\s.!?…:;,""“”()\[\]\-–]*)";

    /// <summary>A capitalized word of a sentence that only names something, other than a Roman numeral ('Phần II').</summary>
    private const string NameOnlyNamedWord = @"(?![IVXLCDM]+(?![^\s.]))\p{Lu}[^\s.!?…:;,""“”()\[\]]*";

    /// <summary>A person's name as a caption lists it: one to five words in Title case.</summary>
    private const string PersonName = @"\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,4}";

    /// <summary>A word inside a sentence: no full stop, question or exclamation mark, or ellipsis ends it.</summary>
    private const string SentenceWord = @"(?:[^\s.!?…]|[.!?…](?!\s))+";

    /// <summary>How a page addresses its readers, listeners or viewers: 'bạn đọc', 'quý độc giả', 'quý vị', 'khán giả'.</summary>
    private const string Readers = @"(?:[Qq]uý\s)?(?:[Bb]ạn đọc|[Đđ]ộc giả|[Kk]hán giả|[Tt]hính giả|[Kk]hán thính giả)|[Qq]uý vị";

    /// <summary>
    /// The opening of 'đăng' in each case <see cref="SubscribeCall"/>'s case-insensitive match allows ('đ' and 'ă' have
    /// one other case each): one of them is in every line the rule takes.
    /// </summary>
    private static readonly string[] SubscribeWordCasings = ["đă", "Đă", "đĂ", "ĐĂ"];

    /// <summary>A call to subscribe to the outlet's channel: 'ĐĂNG KÝ KÊNH YOUTUBE X', 'Mời bạn đọc đăng ký kênh Youtube' and up to four more words.</summary>
    private const string SubscribeCall = @"(?i:(?:mời (?:quý )?(?:bạn đọc|độc giả|khán giả|quý vị) )?(?:hãy )?(?:nhấn )?đăng ký(?: theo dõi)? kênh)(?:\s[^\s.!?…:]+){0,4}";

    private static RuleHints Hint(int maxLength, params string[] required) => new(maxLength, required);

    /// <summary>Widget and menu lines news sites print around the story, as printed.</summary>
    private static readonly string[] WidgetLines =
    [
        "Video đang HOT", "Nổi bật", "Mới nhất", "• Mặc định", "POWERED BY ONECMS - A PRODUCT OF NEKO",
        "doanh nghiệp - Sản phẩm - Dịch vụ Thông cáo báo chí Rao vặt", "Các đơn vị thông tin của TTXVN",
    ];

    /// <summary>The words a follow widget opens with, before the outlet's acronym: 'Theo dõi VGT trên'.</summary>
    private const string FollowWidgetWords = "Theo dõi";

    private const string FollowWidget = FollowWidgetWords + @" \p{Lu}{2,5} trên";

    /// <summary>The words that open a caption counting the people it names ('Hai bị can …', 'Các cầu thủ …').</summary>
    private static readonly string[] PeopleCounts = ["Hai", "Ba", "Bốn", "Các", "Những", "Cặp", "Bộ đôi", "Nhóm"];

    /// <summary>
    /// How <see cref="InlineCreditMarker"/>'s alternatives open: credit-inside-line's required texts, and what its gate
    /// looks for in the sentence ('Đồ h' for 'Đồ họa' and 'Đồ hoạ').
    /// </summary>
    private static readonly string[] InlineCreditMarkerOpenings = ["Ảnh", "ẢNH", "Nguồn", "Biểu đồ", "Đồ h", "Infographic", "Hình", "HÌNH", "Photo", "PHOTO"];

    /// <summary><see cref="InlineCreditMarkerOpenings"/>, looked up in place.</summary>
    private static readonly WordList InlineCreditMarkerWords = new(InlineCreditMarkerOpenings);

    /// <summary>The farthest a credit marker's colon stands from the marker's first letter ('Ảnh minh họa :').</summary>
    private const int MaxCreditMarkerReach = 14;

    /// <summary>
    /// Whether a credit marker and its colon ('Ảnh:', 'Nguồn ảnh :') stand in the sentence starting at
    /// <paramref name="start"/>, outside brackets: the only place credit-inside-line's match can end its caption, found
    /// by one walk instead of the pattern's try at every character (a sentence ends at a terminator before a space, and
    /// at a bracket that is never closed).
    /// </summary>
    private static bool CreditMarkerInSentence(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (InlineCreditMarkerWords.OpensAt(text, i, wordEndRequired: false) && text.IndexOf(':', i, Math.Min(MaxCreditMarkerReach, text.Length - i)) >= 0) return true;
            if (c == '(')
            {
                var close = text.IndexOfAny(Brackets, i + 1);
                if (close < 0 || text[close] != ')') return false;
                i = close;
            }
            else if (c == ')' || (c is '.' or '!' or '?' or '…' && (i + 1 == text.Length || CharKinds.IsWhiteSpace(text[i + 1]))))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly char[] Brackets = ['(', ')'];

    /// <summary>
    /// The fewest and most characters of the caption before a bracket (<see cref="CaptionBeforeNote"/>,
    /// <see cref="CaptionBeforeCreditBracket"/>).
    /// </summary>
    private const int MinBracketCaptionLength = 8;

    /// <inheritdoc cref="MinBracketCaptionLength"/>
    private const int MaxBracketCaptionLength = 300;

    /// <summary>Whether a note in brackets can open after its caption in the sentence at <paramref name="start"/> (<see cref="CaptionBeforeNote"/>): the gate of the rules that use it.</summary>
    private static bool BracketedNoteInSentence(string text, int start) => BracketInSentence(text, start, spaceRequired: true, opening: null);

    /// <summary>
    /// How a credit in brackets after its caption opens, inside the bracket (<see cref="CaptionBeforeCreditBracket"/>'s
    /// rule): the rule requires each after a '(', and its gate looks for them after the bracket.
    /// </summary>
    private static readonly string[] CreditBracketOpeningWords = ["Ảnh", "ẢNH", "ảnh", "Nguồn ảnh", "Biểu", "Đồ", "Infographic", "Hình", "HÌNH", "Photo", "PHOTO"];

    /// <summary><see cref="CreditBracketOpeningWords"/>, looked up in place.</summary>
    private static readonly WordList CreditBracketOpenings = new(CreditBracketOpeningWords);

    /// <summary>Whether a credit in brackets can open after its caption in the sentence at <paramref name="start"/> (<see cref="CaptionBeforeCreditBracket"/>).</summary>
    private static bool CreditBracketInSentence(string text, int start) => BracketInSentence(text, start, spaceRequired: false, CreditBracketOpenings);

    /// <summary>
    /// Whether a bracket opens after <see cref="MinBracketCaptionLength"/> to <see cref="MaxBracketCaptionLength"/>
    /// characters of the sentence starting at <paramref name="start"/>, a terminator and a space before it or not (the
    /// space required when <paramref name="spaceRequired"/>), with one of <paramref name="opening"/> right inside it when
    /// given: the only place a caption's note or credit in brackets can open, found by one walk instead of the
    /// pattern's try at every character. A sentence ends at a terminator before a space.
    /// </summary>
    private static bool BracketInSentence(string text, int start, bool spaceRequired, WordList? opening)
    {
        var last = Math.Min(text.Length - 1, start + MaxBracketCaptionLength);
        for (var i = start; i <= last; i++)
        {
            var c = text[i];
            var stop = c is '.' or '!' or '?' or '…';
            if (i - start >= MinBracketCaptionLength)
            {
                var bracket = stop ? i + 1 : i;
                if (bracket < text.Length && CharKinds.IsWhiteSpace(text[bracket])) bracket++;
                else if (spaceRequired) bracket = -1;
                if (bracket > 0 && bracket < text.Length && text[bracket] == '(' && (opening is null || opening.OpensAt(text, bracket + 1, wordEndRequired: false))) return true;
            }

            if (stop && i + 1 < text.Length && CharKinds.IsWhiteSpace(text[i + 1])) return false;
        }

        return false;
    }

    /// <summary>Whether the sentence at <paramref name="start"/> opens with one of <see cref="PeopleCounts"/>, as caption-naming-people's match does.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private static bool OpensCountingPeople(string text, int start)
    {
        foreach (var word in PeopleCounts)
        {
            var end = start + word.Length;
            if (end < text.Length && text[end] == ' ' && text[start] == word[0] && string.CompareOrdinal(text, start, word, 0, word.Length) == 0) return true;
        }

        return false;
    }

    /// <summary>Hints for a rule every match of which holds <paramref name="marker"/>.</summary>
    private static RuleHints Marked(char marker, int maxLength, params string[] required) => new(maxLength, required, Marker: marker);

    public static IReadOnlyList<(ParseRule Rule, RuleHints Hints)> All { get; } =
    [
        // Page structure.
        (ParseRule.Structural(FrontMatter, PieceKind.MetadataHeader, RulePlacement.Opening, Structure + 50,
            "A '---' line opening the file starts front matter: 'key: value' lines up to the next '---'."), Hint(NoLimit)),
        (new ParseRule("metadata-hash-header", PieceKind.MetadataHeader, @"#\s?(?<key>[\p{L}_][\p{L}\p{M}\p{Nd}_\-.]*)\s?[=:]\s?(?<value>.*)", RulePlacement.Opening, Structure + 50,
            description: "A '# key = value' (or '# key: value') line at the top of the file is a metadata header."), Marked('#', 2000)),
        (ParseRule.Structural(Headline, PieceKind.Headline, RulePlacement.Opening, Structure + 40,
            "The first line after the header is the headline when the page's address names it (its slug), or, with no slug, when it reads as one: one sentence, no full stop, at most 250 characters."), Hint(NoLimit)),
        (ParseRule.Structural(HeadlineWithFullStop, PieceKind.Headline, RulePlacement.Opening, Structure + 35,
            "On a page with no header, a first line of one sentence closed by a full stop is the headline when it is one otherwise (at most 20 words, no other rule's) and does not open with words that tie it to a sentence before it ('Tuy nhiên', 'Điều đáng nói'…) unless a headline's label and a colon open it ('Từ 12/2: Bán ô tô…'): corpora that end every line with a full stop print the headline so ('Chây ì nộp phạt nguội.'). Title leaves the full stop out. A page that printed neither a header nor a headline and opens with a short sentence gives that sentence as Title: turn this rule off for such pages."), Hint(NoLimit)),
        (new ParseRule("headline-site-name", PieceKind.Headline, @"(?<title>\S.{8,250}?)\s(?:[-–]\s(?<source>" + SiteName + @")|\|\s(?<source>" + SiteName + "|" + @"\p{Lu}[\p{L}\p{M}\p{Nd}.]*(?:\s\p{Lu}[\p{L}\p{M}\p{Nd}.]*){0,3}))", RulePlacement.Opening, Structure + 45,
            description: "A headline saved from the page's own title, with the site's name after a dash or a bar: 'Giá vàng tăng mạnh - VnExpress.net', '… | Báo Dân trí', '… - Tuổi Trẻ Online'. The title is the headline; the site's name fills Agency (Site, for a host) like the outlet a lead opens with. After a dash only a name that says it is an outlet counts ('Báo …', '… Online', a host), so 'Messi - Ronaldo' and 'Mỹ - NATO' stay whole."),
            Hint(320, " - ", " – ", " | ")),
        (ParseRule.Structural(TitleRepeated, PieceKind.Chrome, RulePlacement.Anywhere, Structure,
            "The headline printed again (same letters and digits, with or without diacritics)."), Hint(NoLimit)),
        (ParseRule.Structural(BrokenLines, PieceKind.Body, RulePlacement.Anywhere, Structure,
            "A story line that a scraper broke where a link was: a line with no closing punctuation, followed on the very next line by text opening in lowercase or with ',', ';', ':' or ')' (never an address), or ending in a word that needs more after it ('của', 'với', 'theo', 'tờ'…), is read as one line with the next, when no rule for whole lines claims either; so is a line of only the marks that close the sentence before it (\".\", \"'.\": text split into a sentence a line breaks after a '!' inside a quotation). A link's text printed alone between the halves of its sentence joins them even when it or the rest opens with a capital or a digit, where the file kept the spaces around it ('chiếc siêu xe␠ ⏎ Porsche 911 ⏎ ␠thế hệ mới', 'của dòng ⏎ ␠xe Mercedes V-Class ⏎ ␠Marco Polo đã…'), unless the page indents most lines or leaves a space after most."), Hint(NoLimit)),
        (ParseRule.Structural(SummaryAfterStory, PieceKind.Body, RulePlacement.Closing, Structure,
            "A last line set off from the story by two or more blank lines, which no closing rule claims: the page's summary, printed after the story's signature (as scrapers of aggregator pages leave it). It stays story text; the byline and source are looked for before it."), Hint(NoLimit)),
        (ParseRule.Structural(EndMark, PieceKind.EndMark, RulePlacement.InsideLine, Structure,
            "The end mark './.' after a story's last sentence; the sentence keeps its full stop."), Hint(NoLimit, "./.")),

        // Furniture and list structure.
        (new ParseRule("list-headings", PieceKind.ListHeading,
            ListHeadings,
            RulePlacement.Anywhere | RulePlacement.InList, Furniture,
            description: "Headings of recommendation lists, printed alone on a line, as a sentence or in capitals, a colon after them or not: 'Tin liên quan', 'TIN KHÁC', 'Đọc nhiều nhất:', 'Có thể bạn quan tâm'."), Hint(40)),
        (new ParseRule("list-heading-glued", PieceKind.ListHeading,
            @"(?<group>Tin liên quan|TIN LIÊN QUAN|Bài liên quan|BÀI LIÊN QUAN|Tin cùng chuyên mục|Có thể bạn quan tâm|Đọc thêm|ĐỌC THÊM)\s?:?\s(?=\p{Lu}|[""“])(?!{opener}\s\p{Ll})(?<items>(?:(?!" + GluedSentenceAhead + ").){8,})$",
            RulePlacement.InsideLine, Furniture,
            description: "A list heading glued into a line, with the list's headlines run together after it to the end of the line: they are related items (one per separator the scraper left, else one), and what follows are lists. When a sentence of the story is glued on after them ('… Theo ông Tư, giá lúa…'), the line is not taken: the story must not go with the list."), Hint(NoLimit, "liên quan", "LIÊN QUAN", "chuyên mục", "quan tâm", "Đọc thêm", "ĐỌC THÊM")),
        (new ParseRule("closing-widgets", PieceKind.StoryEnd, @"Bạn thấy bài viết này có hữu ích không\?|Chia sẻ:|Copy Link|Xem tin theo ngày",
            RulePlacement.Anywhere | RulePlacement.InList, Furniture,
            description: "Share and feedback widgets that close a story; what follows are lists."), Hint(60)),
        (new ParseRule("feedback-answers", PieceKind.Chrome, "Có;?|Không", RulePlacement.InList, Furniture,
            description: "The answers a feedback widget prints."), Hint(10)),
        (new ParseRule("subscribe-call", PieceKind.Chrome,
            SubscribeCall + @"\s?:?",
            RulePlacement.Anywhere, Furniture,
            description: "A line asking readers to subscribe to the outlet's channel ('ĐĂNG KÝ KÊNH YOUTUBE X:', 'Mời bạn đọc đăng ký kênh Youtube'): at most four more words and no full stop, so a sentence about subscribing stays text."), Hint(80, SubscribeWordCasings)),
        (new ParseRule("subscribe-call-link", PieceKind.Chrome,
            SubscribeCall + @"\s?:\s?https?://\S+",
            RulePlacement.InsideLine, Furniture,
            description: "A call to subscribe to the outlet's channel with its link, opening a sentence inside a line ('ĐĂNG KÝ KÊNH YOUTUBE X: https://…'); the story goes on after the link."), Hint(NoLimit, "http")),
        (new ParseRule("subscribe-call-in-capitals", PieceKind.Chrome,
            @"(?:MỜI (?:BẠN ĐỌC|ĐỘC GIẢ) )?ĐĂNG KÝ(?: THEO DÕI)? KÊNH(?:\s[^\s\p{Ll}.!?…:]+){0,4}\s?:(?=\s[\p{Lu}\p{Nd}])",
            RulePlacement.InsideLine, Furniture,
            description: "A call in capitals to subscribe to the outlet's channel, its link lost, opening a line the story goes on in ('ĐĂNG KÝ KÊNH YOUTUBE AUTODAILY: Subaru vừa…'). In lowercase such words may be a sentence's, so only capitals are taken."), Hint(NoLimit, "ĐĂNG KÝ")),
        (new ParseRule("widget-lines", PieceKind.Chrome,
            string.Join("|", WidgetLines.Select(Regex.Escape)) + "|" + FollowWidget,
            RulePlacement.Anywhere | RulePlacement.InList, Furniture,
            description: "Widget and menu lines news sites print around the story."), Hint(80, [.. WidgetLines, FollowWidgetWords])),
        (new ParseRule("page-tools", PieceKind.Chrome, "(?:" + PageTool + @")(?:\s?[|•·/]?\s?(?:" + PageTool + ")){0,7}",
            RulePlacement.Anywhere | RulePlacement.InList | RulePlacement.Closing, Furniture,
            description: "A line of the page's tools and nothing else: sharing, comments (with their count), printing, saving, going back to the top: 'Chia sẻ bài viết', 'Bình luận (0)', 'In bài viết', 'Chia sẻ Facebook Zalo', 'Lên đầu trang', and its counts ('Lượt xem: 1.234')."),
            Hint(120, "Chia sẻ", "Bình luận", "Ý kiến", "In", "Gửi", "Lưu", "Báo lỗi", "Phản hồi", "ầu trang", "liên kết", "Copy", "Facebook", "Twitter", "Zalo", "Email", "Google", "Lượt")),
        (new ParseRule("bare-bullets", PieceKind.Chrome, "-|–|•|\\./\\.", RulePlacement.Anywhere | RulePlacement.InList | RulePlacement.Closing, Furniture,
            description: "A bullet, a dash or an end mark alone."), Hint(5)),
        (new ParseRule("opinion-disclaimer", PieceKind.Chrome, @"\(?Bài viết (?:chỉ )?(?:thể hiện|là) (?:văn phong và )?quan điểm (?:(?:cá nhân|riêng) )?của tác giả(?:\.\)?(?=\s|$)|\)\.?(?=\s|$)|$)",
            RulePlacement.Anywhere | RulePlacement.Closing | RulePlacement.InsideLine, Furniture,
            description: "The opinion disclaimer over or under a column, alone or as a sentence of its own ('Bài viết thể hiện quan điểm cá nhân của tác giả.', 'Bài viết thể hiện văn phong và quan điểm của tác giả.'); a sentence going on after 'tác giả' ('… của tác giả về X.', '… của tác giả Nguyễn A.') is the story's."), Hint(NoLimit, "của tác giả")),
        (new ParseRule("reference-only-disclaimer", PieceKind.Chrome, @"\*?\s?\(?(?:Lưu ý\s?:\s?)?(?:Thông tin|Bài viết|Nội dung)(?:\s(?:trong|của)\sbài(?:\sviết)?)?\s(?:chỉ\s)?(?:mang tính(?: chất)?|có tính chất|để)\stham khảo(?:,?\s(?:chiêm nghiệm|suy ngẫm))?[.!]?\)?",
            RulePlacement.Anywhere | RulePlacement.Closing, Furniture,
            description: "The note that the information is for reference only, closing a story on beliefs or health: 'Thông tin chỉ mang tính chất tham khảo!', '(Bài viết chỉ mang tính tham khảo)', 'Lưu ý: Bài viết chỉ mang tính chất tham khảo'."), Hint(100, "tham khảo")),
        (new ParseRule("see-more-call-alone", PieceKind.Chrome, @"(?:=>|>>|»)?\s?(?:" + SeeMoreCall + @"|(?:Xem|XEM)\s(?:chi tiết|CHI TIẾT))(?:\s(?:TẠI ĐÂY|Tại đây|tại đây))?\s?(?::|>>|»)?\.?",
            RulePlacement.Anywhere | RulePlacement.Closing, Furniture,
            description: "A call to read more with nothing after it, closing the story or on a line of its own ('Xem thêm:', 'ĐỌC THÊM >>', 'Xem chi tiết TẠI ĐÂY'): its links were on the page, not in the text."), Hint(60, "Xem", "XEM", "Đọc", "ĐỌC", "Mời", "MỜI")),
        (new ParseRule("reader-contact-call", PieceKind.Chrome, @"(?:Mọi|Mời)\s[^.!?@]{0,200}?\bgửi\s(?:[^.!?@\s]+\s){0,6}?(?:về|cho|tới|đến)\s(?:chúng tôi|tòa soạn|toà soạn|[Bb]an [Bb]iên tập|BBT)\b[^.!?@]{0,80}?[\w.\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}(?:\s?[,.;]?\s?(?:Hotline|Đường dây nóng|Điện thoại|ĐT)\s?:?\s?\+?[0-9][0-9 .]{7,15})?\.?",
            RulePlacement.Anywhere | RulePlacement.Closing, Furniture,
            description: "A call for readers' tips and writing closing a story, sent to the newsroom ('chúng tôi', 'tòa soạn', 'Ban biên tập') at its email (and hotline): 'Mọi phản ánh, ý kiến… có thể gửi cho chúng tôi theo địa chỉ: Email: … Hotline: …'. An address to write to that is not the newsroom's ('… gửi về Sở qua email …') is the story's."), Hint(400, "@")),
        (new ParseRule("reader-writing-call", PieceKind.Chrome, @"(?:[^.!?]{0,200}?(?<![\p{L}\p{M}])[Bb]ạn(?![\p{L}\p{M}])[^.!?]{0,200}?\?\s{1,2}){0,3}(?:Bài viết|Bài vở|Ý kiến|Mọi ý kiến|Ý kiến bạn đọc)(?: tranh luận)?\s(?:xin\s|vui lòng\s)?gửi\s(?:về|tới|đến)\s(?:(?:địa chỉ|hộp thư|email|e-mail)\s?:?\s?)?[\w.\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}\s?\.?\s(?:Trân trọng|Xin cảm ơn|Xin chân thành cảm ơn)!?\.?",
            RulePlacement.Anywhere | RulePlacement.InsideLine | RulePlacement.Closing, Furniture,
            description: "A forum's call for readers' writing, with the newsroom's email and the letter's closing, and the questions it puts to the reader ('bạn') just before: 'Bạn có đồng quan điểm…? Bài viết gửi về banxahoi@… . Trân trọng!'. Without the closing greeting an address to send to ('Bài viết gửi về cuocthi@… trước ngày 30/5.') is the story's."), Hint(300, "@")),
        (new ParseRule("video-player-label", PieceKind.Chrome, "(?:" + RuleGrammar.PlayerLabels + ")", RulePlacement.Anywhere | RulePlacement.InList | RulePlacement.Closing, Furniture,
            description: "'Play' alone, on a line of its own or closing the story (before its byline, once that is claimed: '… - Clip <title>. Play Hoàng Nam'): the button of an embedded video player, printed as text. No name opens with it, and a name after it is a whole one."), Hint(NoLimit, "Play", "PLAY")),
        (new ParseRule("contact-line", PieceKind.Chrome, @"(?:>>\s?" + PhoneLine + "(?:" + SiteAfterPhone + ")*|" + PhoneLine + "(?:" + SiteAfterPhone + @")+)\.?(?=\s*$|\s+(?:>>|\p{Lu}))",
            RulePlacement.Anywhere | RulePlacement.InsideLine | RulePlacement.Closing, Furniture,
            description: "A phone line to call after a link's arrow, or with the website or email after it ('>> Tổng đài tư vấn sức khỏe: 0988 868 465 - Website: x.vn', 'Hotline: 1900 1234 - Website: x.vn'), on a line of its own, closing the story or opening a sentence: an advertiser's contact, no story text. A phone line alone ('Đường dây nóng: 1900 1234') may be what a story tells its readers, and stays; so does one whose sentence goes on after the number ('… 1900 1234 hoạt động suốt ngày đêm.')."), Marked(':', NoLimit, "Tổng đài", "Hotline", "HOTLINE", "Đường dây nóng", "Điện thoại", "ĐT")),
        (new ParseRule("reader-email-call", PieceKind.Chrome, @"(?:" + Readers + @")\s[^.!?@]{0,120}?(?<![\p{L}\p{M}])(?:gửi|chia sẻ|liên hệ)(?![\p{L}\p{M}])[^.!?@]{0,120}?(?:email|e-mail|Email|hộp thư|địa chỉ)\s?:?\s?[\w.\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}\.?",
            RulePlacement.Closing, Furniture,
            description: "A line closing the page that asks readers to write to an email address: 'Bạn đọc có thể gửi bài viết, chia sẻ câu chuyện qua email: …'. Inside the story, the same sentence stays text (a service story may tell readers where to send questions)."), Hint(300, "@")),
        (new ParseRule("reader-invitation", PieceKind.Chrome, @"(?:Mời|MỜI)\s(?:" + Readers + @")\s(?:theo dõi|đón xem|đón đọc|đón nghe|cùng xem|nghe)(?![\p{L}\p{M}])[^.!?]{0,200}[.!]?",
            RulePlacement.Closing, Furniture,
            description: "A line closing the page that invites readers to follow the outlet's programmes or next issue: 'Mời quý độc giả theo dõi các chương trình đã phát sóng … trên TV Online!', 'Mời bạn đọc đón đọc số báo tới'."), Hint(300, "Mời", "MỜI")),
        (new ParseRule("editor-note-title", PieceKind.Chrome, @"\*?\s?\(?(?:Tiêu đề|Tít|Tít bài|Tên bài|Đầu đề)(?: bài viết)? do [Tt]òa soạn đặt(?: lại)?\.?\)?",
            RulePlacement.Anywhere | RulePlacement.Closing, Furniture,
            description: "The note that the editors set the title: '* Tiêu đề do tòa soạn đặt'."), Hint(60, "oà soạn", "òa soạn")),
        (new ParseRule("names-changed-note", PieceKind.Chrome, @"(?:\*\s?|\(\*\)\s?)?\(?(?:Tên (?:các |những )?nhân vật(?: trong bài(?: viết)?)?|Tên người(?: trong bài)?) đã (?:được )?(?:thay đổi|đổi)\.?\)?",
            RulePlacement.Anywhere | RulePlacement.Closing, Furniture,
            description: "The editors' note that the people's names were changed: '(*) Tên nhân vật đã được thay đổi', '* Tên các nhân vật đã được thay đổi.'."), Hint(80, "nhân vật", "Tên người")),
        (new ParseRule("series-marks-bare", PieceKind.EndMark, @"(?:Còn nữa|Còn tiếp|CÒN NỮA|CÒN TIẾP)(?:\.{1,3}|…)?", RulePlacement.Closing, Furniture,
            description: "A series' mark closing an installment without brackets: 'Còn tiếp', 'Còn nữa…' (not a sentence: nothing goes on after 'Còn'). 'Hết.' stays a sentence."), Hint(20, "Còn", "CÒN")),
        (new ParseRule("series-marks", PieceKind.EndMark, @"\((?:Còn nữa|còn nữa|Còn tiếp|còn tiếp|Hết|hết|(?:Xem tiếp|Đọc tiếp|Tiếp theo)\s(?:trang\s[0-9]{1,3}[A-Z]?|kỳ sau|số sau))\)\.?",
            RulePlacement.Anywhere | RulePlacement.Closing, Furniture,
            description: "A series' mark closing an installment, in brackets: '(Còn nữa)', '(Còn tiếp)', '(Hết)', and where a printed story goes on ('(Xem tiếp trang 5)', '(Tiếp theo trang 1)', '(Đọc tiếp kỳ sau)'). Without brackets ('Hết.') it is a sentence."), Marked('(', 30, "òn nữa", "òn tiếp", "ết", "iếp")),

        // Metadata lines.
        (new ParseRule("byline-dated-under-headline", PieceKind.Byline, "(?:" + PrintedWriter + MetaSeparator + PrintedMomentOverStory + "|" + PrintedMomentOverStory + MetaSeparator + PrintedWriter + ")(?:" + MetaSeparator + "(?i:" + SectionName + "))?",
            RulePlacement.Opening, Metadata + 95,
            description: "The writer and the date on one line under the headline, in either order, joined by a bar, a dot, a dash or a comma, with the site's section after them or not: 'Minh Anh | 12/06/2023 10:30 | Kinh tế', 'Cập nhật: 12/06/2023 10:30 | Tác giả: Minh Anh', 'Minh Anh • 12/06/2023', 'Minh Anh - 12/06/2023 10:30'. The date fills Published."),
            new RuleHints(200, PrintedDaySeparators, UnderHeadline: true, TailGate: TailGates.EndsOpen)),
        (new ParseRule("byline-under-headline", PieceKind.Byline, BareNames, RulePlacement.Opening, Metadata + 90,
            description: "A line of names alone under the headline the page printed, before the story's first paragraph, as some sites print the writer ('Minh Khang', 'MINH KHANG - THU HÀ'): the same shapes as a bare byline at the end. A first line of names is the headline ('THÔNG XE CẦU MỚI')."), new RuleHints(120, [], UnderHeadline: true, TailGate: TailGates.EndsWithName)),
        (new ParseRule("dateline-place-closing", PieceKind.Dateline, @"(?<place>{province}),\s" + PrintedMomentOverStory + @"\.?", RulePlacement.Closing, Metadata + 46,
            description: "A place and a date closing the story, as a letter or a statement dates itself ('Hà Nội, ngày 12/5/2023', 'TP.HCM, 12/05/2023', 'Đà Nẵng, ngày 12 tháng 5 năm 2023'): when it was written (it fills Published) and where (kept in Metadata as 'place'). The place is no writer."), new RuleHints(MaxPlaceDateLength, [], Marker: ',', ClosingWindow: MaxPlaceDateLength, TailGate: TailGates.EndsWithMomentAndStop)),
        (new ParseRule("dateline-closing", PieceKind.Dateline, @"(?:[|,–-]\s?)?(?<_bracket>\()?" + PrintedMomentOverStory + @"(?(_bracket)\))", RulePlacement.Closing, Metadata + 45,
            description: "The date (and time) alone closing the story, or after its byline or source, in brackets or not ('Minh Anh | 12/06/2023', 'Minh Anh (12/06/2023)', 'Theo Dân trí 12/06/2023 10:30', a last line '12/06/2023'): when it was published. No story sentence is a date alone."), Hint(NoLimit) with { TailGate = TailGates.EndsWithMoment }),
        (new ParseRule("dateline-printed", PieceKind.Dateline, PrintedMomentOverStory,
            RulePlacement.Opening, Metadata + 90,
            description: "The date and time a page prints above or under its headline, before the story: 'Thứ hai, 12/6/2023, 10:30 (GMT+7)', '12/06/2023 10:30 GMT+7', 'Cập nhật: 10:30 12/06/2023', 'Thứ Hai, 12/06/2023 - 10:30', 'Thứ hai, ngày 12/06/2023 10:30 AM', 'Đăng lúc 10:30 ngày 12/06/2023', 'Đăng ngày 12/06/2023 lúc 10:30', '12-06-2023 10:30:15', 'Ngày 16 tháng 6 năm 2023'; the date alone is that day's. It fills Published."), Hint(80) with { TailGate = TailGates.EndsWithMoment }),
        (new ParseRule("breadcrumb", PieceKind.Chrome, BreadcrumbStep + @"(?:\s?[>»›]\s?" + BreadcrumbStep + "){1,5}",
            RulePlacement.Opening, Furniture,
            description: "The page's place in the site above its headline: sections joined by '>', '»' or '›' ('Trang chủ > Thời sự > Xã hội')."), Hint(150, ">", "»", "›")),
        (new ParseRule("section-label", PieceKind.Chrome, "(?i:(?:" + SectionName + @"(?:\s?[-–/|]\s?(?=\S)|$)){1,3})",
            RulePlacement.Opening, Furniture,
            description: "The site's section a saved page prints alone above its headline ('Thời sự', 'KINH DOANH', 'Thế giới - Quân sự'), or the kicker its form or standing puts there ('Độc quyền', 'Trực tiếp', 'Infographic', 'Emagazine'): one to three of the sections Vietnamese news sites share, in any case. A section's name is never a story's headline."), Hint(60)),
        (new ParseRule("dateline-agency-pipe", PieceKind.Dateline, @"\((?<agency>[^()]{1,40})\)\s?\|\s?{date}\s{time}", RulePlacement.Anywhere, Metadata + 90,
            description: "A dateline: the outlet in brackets, a bar, the date and time, e.g. '(Vietnam+)| 05/04/2023 15:10'."), Marked('|', 80)),
        (new ParseRule(OutletPrefix, PieceKind.SourceLine, @"^\((?=\p{Lu}|" + RuleGrammar.HostName + @"\))(?<source>[^()]{2,30})\)\s?[-–—](?=\s\S)", RulePlacement.InsideLine, Metadata + 80,
            description: "The outlet in brackets and a dash opening a line: '(Dân trí) - …', '(Baonghean.vn) - …'. It fills Agency (or Site, for a host) unless a credit line of the story names another, which wins; then it is kept in Metadata as 'outlet'."),
            new RuleHints(NoLimit, [], Gate: static (_, start) => start == 0, Marker: '(', LineGate: static line => line.StartsWith("(", StringComparison.Ordinal))),
        (new ParseRule("dateline-place", PieceKind.Dateline, @"^(?<place>{province}|" + CapitalsPlace + @")\s[-–—](?=\s(?:{opener}\s|\p{Lu}[\p{Ll}\p{M}]*(?:,|\s[\p{Ll}\p{Nd}])))", RulePlacement.InsideLine, Metadata + 85,
            description: "The place a story was filed from and a dash, opening its first line before a sentence: 'Hà Nội - Sáng 12/6, …', 'TP.HCM - Ông …', 'CẦN THƠ - …' (a province or city, or two to four words in capitals). Kept in Metadata as 'place'. The sentence must open with a word and a lowercase one, a number or a comma, or with a sentence opener: 'Hà Nội - Hải Phòng là …' names a route and stays text, as does any such line further down."),
            new RuleHints(NoLimit, [], Gate: static (_, start) => start == 0, LineGate: OpensWithDash, LeadOnly: true)),
        (new ParseRule(OutletAcronymPrefix, PieceKind.SourceLine, @"^(?!T[Pp]\.)(?<source>" + OutletAcronym + @"(?:\.[a-z]{2,3}){0,2}(?:\sOnline)?|\p{Lu}[\p{Ll}\p{Nd}]+(?:\.[a-z]{2,3}){1,2}|" + CamelCaseOutlet + @")\s[-–—](?=\s\p{Lu}[\p{Ll}\p{M}])", RulePlacement.InsideLine, Metadata + 80,
            description: "The outlet's acronym in capitals, or its host, and a dash opening the story's first line, before a sentence: 'GD&TĐ - Quy chế…', 'QĐND Online - …', 'VOV.VN - Sáng 5/2…', 'VTV.vn - …', 'Baoquocte.vn - …', or its name in camel case ('GiadinhNet - …'). Only there, and on the summary a scraper prints after the story, set off by blank lines: further down, 'NATO - Nga…' is story text. An acronym fills Agency like the bracketed outlet, a host Site. 'TP.HCM - …' is the city a story was filed from ('TP.' is 'thành phố'), no outlet."),
            new RuleHints(NoLimit, [], Gate: static (_, start) => start == 0, LineGate: OpensWithOutletName, LeadOnly: true)),
        (new ParseRule("agency-signature", PieceKind.SourceLine, @"\((?![\p{Nd}/.:\-\s]+\))(?![ẢẨả]nh(?![\p{L}])|ẢNH|Nguồn|Video|VIDEO|Clip|[Tt]ổng hợp|[Tt]heo\s|(?:Xem|Đọc|Tiếp|Còn|Mời)\s|(?:" + CompiledShort + @")\))(?=[\p{Lu}\p{Nd}]|[^()\s]+\.[a-z]{2,}\))(?<agency>[^()\s]+(?:\s[^()\s]+){0,3})\)", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 50,
            description: "An outlet's signature alone, in brackets, e.g. '(Vietnam+)': a name (capitalized) or a host ('(vov.vn)'), never a lowercase phrase nor a date ('(12/5/2023)')."), Marked('(', 60)),
        (new ParseRule("agency-signature-bare", PieceKind.SourceLine, @"^" + NotAnonymousRole + @"(?<agency>[A-ZĐ]{2,6}\+?)", RulePlacement.Closing, Metadata + 45,
            description: "An agency's acronym alone on the line closing the story, without brackets: 'TTXVN', 'AFP', 'VOV' (two to six capitals without diacritics but Đ, so a name in capitals such as 'HOÀNG' stays a byline; never the last word of a longer line, such as a byline 'HOÀNG LONG - THU TRANG')."), Hint(7)),
        (new ParseRule("byline-compiled-from", PieceKind.Byline, NotAnonymousRole + RuleGrammar.NotPersonName + @"(?:Theo\s)?(?<author>{names})\s?\(\s?(?:" + CompiledFromNote + @")(?:\s(?:từ\s|theo\s)?(?:báo\s)?(?<agency>[^()]{1,60}?))?\s?\)(?(agency)|(?:\s?\((?<agency>{outlet})\))?)", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 75,
            description: "A byline with what the story was compiled or translated from: 'Name (Tổng hợp Outlet)', after 'Theo' or not ('Theo Hà Anh (Tổng hợp)': the writer is Hà Anh), 'Name (Tổng hợp từ Outlet)', 'Name (tổng hợp theo báo A, B)' (the outlets, without 'theo báo'), 'Name (theo Outlet)', 'Name (dịch từ Outlet)', 'Name (Lược dịch theo Outlet)', 'Name (T/h)', 'Name (TH)', 'Name (th)', spaces inside the brackets or not ('P.V ( Tổng hợp )'); a bracket naming no outlet may be followed by one that does ('Theo Hà Anh (Tổng hợp) (Khám phá)'). A caption's thing before the note ('Xe Kia Sportage (Tổng hợp)') is no writer."), Marked('(', 150) with { TailGate = TailGates.EndsWithBracketOpening(@"\s?(?:" + CompiledFromNote + ")", lastTwo: true) }),
        (new ParseRule("byline-name-compiled", PieceKind.Byline, NotAnonymousRole + RuleGrammar.NotPersonName + @"(?!{opener}\s)(?<author>{names})\s(?:tổng hợp|lược dịch|biên dịch|dịch)(?:\s(?:từ|theo)\s(?:báo\s)?(?<agency>{outlet}(?:\s?[,/]\s?{outlet})*))?\.?", RulePlacement.Anywhere, Metadata + 75,
            description: "A line of the writer's name and what they did without brackets: 'Minh Anh tổng hợp', 'A.Thư tổng hợp từ Dân Trí, VNN', 'Lan Hương lược dịch theo BBC' (the outlets fill Agency). Only as a whole line: inside a sentence, 'số liệu Bloomberg tổng hợp' names a source."), Hint(150, "tổng hợp", "dịch")),
        (new ParseRule("byline-name-role", PieceKind.Byline, @"(?<author>{names})\s?\((?:" + WriterRoles + @")\)\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 75,
            description: "A byline with the writer's role in brackets, which is no agency: 'Minh Anh (ghi)', 'Thu Hà (thực hiện)', 'Lan Anh (lược dịch)', 'Hoàng Nam (bài và ảnh)'."), Marked('(', 150) with { TailGate = TailGates.EndsWithBracketOpening(WriterRoles + @"\)") }),
        (new ParseRule("layout-credit", PieceKind.Chrome, @"(?:Trình bày|Thiết kế|Đồ họa trình bày|Dựng phim|Quay phim|Biên tập)\s?:\s?(?=\S+\s\S){names}\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 20,
            description: "Who laid out, designed, edited or filmed a long-form story, two names' words or more ('Trình bày: Thu Hà', 'Thiết kế: Hữu Tài', 'Biên tập: X'): not its writer. 'Thiết kế: Ý' in a product's specifications stays text."), Marked(':', 120, "Trình bày", "Thiết kế", "Dựng phim", "Quay phim", "Biên tập", "Đồ họa") with { TailGate = TailGates.EndsWithName }),
        (new ParseRule("byline-name-agency", PieceKind.Byline, NotAnonymousRole + RuleGrammar.NotPersonName + @"(?<author>{names})\s?\((?<agency>[\p{Lu}0-9][\p{L}\p{M}0-9+&.\- ]{0,30})\)", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 70,
            description: "A byline with the agency in brackets: 'Nguyễn Hằng (TTXVN)'. A caption's thing before the brackets ('Xe Kia Sportage (Tổng hợp)') is no writer."), Marked('(', 150) with { TailGate = TailGates.EndsWithBracketOpening(@"[\p{Lu}0-9]") }),
        (new ParseRule("byline-name-place", PieceKind.Byline, NotAnonymousRole + @"(?<author>{names})\s?\((?<place>{province})\)\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 72,
            description: "A byline with the writer's province or city in brackets, which is no agency: 'Minh Anh (TP.HCM)', 'Nguyễn Văn Minh (Hà Nội)'; the place is kept in Metadata as 'place'."), Marked('(', 150) with { TailGate = TailGates.EndsWithBracketOpening(RuleGrammar.Macros["province"].Regex + @"\)") }),
        (new ParseRule("byline-according-to-name", PieceKind.Byline, @"Theo\s(?:(?<author>{name})\s?\((?<agency>[^()]{1,60})\)|(?=[^\s/]*\.\p{Lu}|[^\s/]+\s\p{Lu})(?<author>{name})\s?/\s?(?<agency>{outlet})|(?=[^\s/]+\s\p{Lu})(?<author>{name})\s(?<agency>" + RuleGrammar.HostName + "))", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 70,
            description: "'Theo Name (Outlet)', 'Theo Name/Outlet' or 'Theo Name host.vn': the writer and the outlet the story is taken from. Before a slash the writer is named with two words or more or with an initial ('Theo Minh Anh/VnExpress', 'Theo P.Thảo/Dân trí'): one word alone is an outlet, and 'Theo Sina/Ifeng' names two sources; before a host, too ('Theo Phong Trần thanhnien.vn')."), Hint(150, "Theo") with { TailGate = TailGates.EndsOpen }),
        (new ParseRule("agency-pair", PieceKind.SourceLine, @"(?<agency>\p{Lu}{2,}[\p{Lu}\p{Nd}+]*(?:\s?/\s?{outlet})+)", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 65,
            description: "Two outlets joined by a slash, the first an acronym: 'TTXVN/Tin Tức'."), Marked('/', 100)),
        (new ParseRule("byline-name-slash-outlet", PieceKind.Byline, @"(?!{opener}\s)(?<author>{names})\s?/\s?(?<agency>{outlet}(?:\s?/\s?{outlet})*(?:\s[-–]\s\p{Lu}[\p{Ll}\p{M}]*(?:\s[\p{L}\p{M}]+){0,3})?)", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 60,
            description: "A writer and an outlet joined by a slash, or the outlets a story went through: 'Huy Phương/VOV.VN', 'Trọng Đảng/BNEWS/TTXVN'; the outlet's desk may follow a dash ('Thu Hiền/VOV - Trung tâm Tin'). 'Theo X/Y' is a source line."), Marked('/', 150)),
        (new ParseRule("byline-name-dash-outlet", PieceKind.Byline, @"(?=\p{Lu}\S*\p{Ll})(?<author>{name})\s[-–]\s(?<agency>" + DashedOutlet + ")",
            RulePlacement.Closing, Metadata + 60,
            description: "A writer in Title case, a dash, then the outlet: an acronym in capitals, with the place of its bureau or its channel after it where printed ('Ngọc Hà - TTXVN', 'Minh Hoàng - VOV Tây Bắc', 'Hồng Vân - VTV24'), or a paper or station by its kind ('Thu Hằng - Báo Nghệ An', 'Văn Dũng - Đài PT-TH Nghệ An'), or one word with a capital inside it ('Minh Anh - VnExpress', 'Minh Anh - TNTBros'), closing the story. Two writers joined by a dash ('Lê Anh - Thu Hằng') stay two writers; inside the story such a line may be a match ('Man City - PSG'), so it is never read there."),
            Hint(150, " - ", " – ")),
        (new ParseRule("byline-name-according-to", PieceKind.Byline, @"(?<author>{names})(?:,?\s(?:[Tt]heo|THEO)|(?:\s[-–])?\s(?:Nguồn|NGUỒN)\s?:)\s(?<agency>{outlet})(?:\s(?:\|\s)?" + PrintedMoment + ")?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 60,
            description: "A writer, then the outlet, in any case, and when the story was published where printed: 'Name, Theo Outlet', 'MIDORI, THEO TRÍ THỨC TRẺ 23:55 11/06/2019', 'Name - Nguồn: Outlet'."), Hint(150, "heo", "HEO", "Nguồn", "NGUỒN")),
        (new ParseRule("byline-name-glued-according-to", PieceKind.Byline, @"(?<author>(?:" + GluedNameWord + @"\s){0,4}" + GluedNameWord + @")Theo\s(?<agency>{outlet})", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 60,
            description: "A writer glued to 'Theo' without a space: 'Name NameTheo Outlet', 'T.ThủyTheo Outlet'."), Hint(150, "Theo")),
        (new ParseRule("byline-according-to-glued-outlet", PieceKind.Byline, @"Theo\s(?<author>\p{Lu}[\p{Ll}\p{M}]+(?:\s\p{Lu}[\p{Ll}\p{M}]+){1,3})(?<agency>{outlet})", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 60,
            description: "'Theo Name NameOutlet': the writer of a story taken from another outlet, with the outlet glued to the name's last word (a lowercase letter, then the outlet's capital). A name has two words or more, so a one-word outlet spelled in camel case ('Theo VnExpress') stays the source."), Hint(150, "Theo")),
        (new ParseRule("byline-name-outlet-time", PieceKind.Byline, @"(?<author>{names})\s?[-–|]\s?(?:[Tt]heo\s)?(?<agency>{outlet})(?:\s?\|\s?|\s[-–]\s)" + PrintedMomentOverStory, RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 60,
            description: "'Name - Outlet | HH:MM DD/MM/YYYY': the writer, the outlet (after 'Theo' or not) and when the story was published, its time before or after the date ('Name - Theo Outlet | 13/01/2022 02:24 PM'); bars or dashes between the three ('Name | Outlet | 12/06/2023', 'Name - Outlet - 12/06/2023 10:30')."), new RuleHints(150, ["|", " - ", " – "], LineGate: HoldsDigit) with { TailGate = TailGates.EndsWithMoment }),
        (new ParseRule("byline-name-time", PieceKind.Byline, @"(?!{opener}\s)(?<author>{names})\s?\|\s?" + PrintedMoment, RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 55,
            description: "'Name | HH:MM DD/MM/YYYY' or 'Name | DD/MM/YYYY HH:MM': the writer and when the story was published. Words opening with 'Theo' ('Theo Báo X | …') name a source, not a writer."), Marked('|', 150)),
        (new ParseRule("byline-text-and-photos", PieceKind.Byline, @"(?:Tin|Bài)(?:\s?[-,]\s?|\svà\s)ảnh\s?:\s?(?<author>{names})\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 60,
            description: "The writer and photographer: 'Tin-ảnh: Name', 'Tin, ảnh: Name', 'Bài và ảnh: Name'."), Hint(150, "ảnh") with { TailGate = TailGates.EndsWithName }),
        (new ParseRule("byline-produced-by", PieceKind.Byline, @"(?:Thực hiện|Nội dung|Bài|Tổng hợp|Tác giả|Người viết|Viết bởi|Phóng viên)\s?:\s?(?<author>{names})(?:\s?[-–;,|]\s?" + PhotosBy + @")?\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 60,
            description: "Who made the story: 'Thực hiện: Name - Name', 'Nội dung: Name', 'Bài: Name', 'Tổng hợp: Name', 'Tác giả: Name', 'Người viết: Name', 'Viết bởi: Name', 'Phóng viên: Name'; the photographer may follow ('Bài: Name - Ảnh: Name'), who is no author and is kept in Metadata as 'photos'."), Marked(':', 150, "Thực hiện", "Nội dung", "Bài", "Tổng hợp", "Tác giả", "Người viết", "Viết bởi", "Phóng viên") with { TailGate = TailGates.EndsWithName }),
        (new ParseRule("byline-name-photos-by", PieceKind.Byline, @"(?<author>{names})(?:\s?/\s?(?<agency>{outlet}))?\s[-–;|]\s" + PhotosBy + @"\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 60,
            description: "The writer, then the photographer: 'Lê Hiếu - Ảnh: Phạm Tuấn', 'Minh Hải/VOV.VN - Ảnh: Anh Tuấn' (the photographer is no author: Metadata keeps them as 'photos'), alone on a line or closing the story. A portrait's caption names its subject with a title or in a sentence ('Ông Lê Hiếu. Ảnh: X'), so a bare name before the credit is a signature."), Marked(':', 150, "Ảnh", "ẢNH")),
        (new ParseRule("byline-name-photo-source", PieceKind.Byline, NotAnonymousRole + @"(?!{opener}\s)(?<author>\p{Lu}[\p{Ll}\p{M}]*(?:\s(?!Nguồn\s)\p{Lu}[\p{Ll}\p{M}]*){1,3})\s(?:Nguồn ảnh|NGUỒN ẢNH)\s?:\s?(?<photos>{credit}(?:\s?[,/]\s?{credit})*)\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 55,
            description: "The writer, then where the story's photos came from, closing it: 'Minh Minh Nguồn ảnh: kobieta.onet.pl, as-de.ru', also glued to the last sentence (a name in Title Case, two to four words; the source is kept in Metadata as 'photos'). A caption names what its photo shows, so a bare name before the photos' source is the signature."), Marked(':', 150, "guồn ảnh", "GUỒN ẢNH")),
        (new ParseRule("byline-name-source-in-brackets", PieceKind.Byline, @"(?<author>{names})\s?\((?:Nguồn|NGUỒN)\s?:\s?(?:[Tt]ổng hợp(?:\s(?:từ\s)?(?<agency>{outlet}(?:\s?[,/]\s?{outlet})*))?|(?<agency>{outlet}(?:\s?[,/]\s?{outlet})*))\)\.?", RulePlacement.Closing, Metadata + 60,
            description: "The writer with the source in brackets, closing the story: 'Ngọc Anh (Nguồn: BBC)', 'Ngọc Anh (Nguồn: BBC, AFP)' ('Nguồn: Tổng hợp', compiled, names none). It is the signature even where a caption rule read the line first; inside the story, '<caption> (Nguồn: X)' is a photo's caption and credit."), Marked('(', 150, "guồn", "GUỒN")),
        (new ParseRule("byline-reader", PieceKind.Byline, @"(?:Bạn đọc|Độc giả|BẠN ĐỌC|ĐỘC GIẢ)\s(?<author>{names})(?:\s?\((?<place>{province})\))?\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 60,
            description: "A reader's letter signed 'Bạn đọc Name' or 'Độc giả Name', with the reader's province or city in brackets where printed ('Bạn đọc Trần Hùng (Đà Nẵng)': kept in Metadata as 'place')."), Hint(150, "ạn đọc", "ộc giả", "ẠN ĐỌC", "ỘC GIẢ")),
        (new ParseRule("source-according-to-in-brackets", PieceKind.SourceLine, @"\([Tt]heo\s(?:(?:báo|hãng tin|hãng|trang|tờ|đài|tạp chí)\s)?(?=\p{Lu}|\p{Nd}|" + RuleGrammar.HostName + @"\))(?<source>[^\s,;:!?()]+(?:\s[^\s,;:!?()]+){0,4})\)\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 40,
            description: "'(Theo X)' alone: the source of the story, as 'Theo X'."), Marked('(', 150, "heo")),
        (new ParseRule("source-according-to", PieceKind.SourceLine, @"Theo(?:\s?:)?\s(?:" + WebAddress + @"|(?:(?:báo|hãng tin|hãng|trang|tờ|đài|tạp chí)\s)?(?=\p{Lu}|\p{Nd}|www\.|" + RuleGrammar.HostName + @"(?:/|\.?$))(?<source>[^\s,;:!?]+?(?:\s(?<=[^.]\s)(?!" + DateWord + @")[^\s,;:!?]+?){0,5}(?:\s(?<=[^.]\s)\p{Lu}[^\s,;:!?]*?){0," + MaxOutletRunOn + "}" + MoreSources + @"))\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 40,
            description: "'Theo X' (or 'Theo báo X', 'Theo: X'), X a capitalized name or a host, or several joined by ', ' ('Theo Reuters, AFP'): the source of the story; a host gives the site, another name the agency, an address ('Theo https://…') the URL. A name runs to six words, and on in a capitalized word ('Theo Thời báo Tài chính Việt Nam'); a word closed by a full stop ends it ('Theo Dân trí. Minh Anh' names Dân trí, signed Minh Anh), and so does a date ('Theo Dân trí 12/06/2023')."), Hint(150, "Theo")),
        (new ParseRule("source-nguon", PieceKind.SourceLine, MaybeBracketed(@"Nguồn(?: tin)?\s?:?\s(?:" + WebAddress + @"|(?!(?:" + CompiledNotes + @")(?![\p{L}\p{M}]))(?<source>{outlet}(?:\s\p{Lu}[\p{L}\p{M}\p{Nd}.+&'\-]*){0," + MaxOutletRunOn + "}))") + @"\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 35,
            description: "'Nguồn: X', 'Nguồn tin: X' or 'Nguồn X', in brackets or not, closing a story: its source. An address ('Nguồn: https://…') is the article's own URL, as on a line of its own. A name runs to six words, and on in a capitalized word, as after 'Theo' ('Nguồn: Thời báo Tài chính Việt Nam')."), Hint(150, "Nguồn")),
        (new ParseRule("source-references", PieceKind.SourceLine, @"(?:(?:Bài viết|Bài|Tin|Nội dung)(?: có)? sử dụng (?:tư liệu|thông tin|tài liệu|nguồn)(?: tham khảo)?(?: của| từ)?\s?:?|(?:Nguồn|Tài liệu) tham khảo\s?:|Tham khảo\s?:)\s(?=\p{Lu}|\p{Nd}|" + RuleGrammar.HostName + @")(?<source>[^\s,;:!?]+?(?:\s[^\s,;:!?]+?){0,4}" + MoreSources + @")\.?", RulePlacement.Closing, Metadata + 35,
            description: "What the story drew on, closing it: 'Bài viết có sử dụng tư liệu của Reuters, AFP.', 'Nguồn tham khảo: BBC, CNN', 'Tham khảo: X': its sources, as 'Theo X' names them."), Hint(200, "ham khảo", "sử dụng")),
        (new ParseRule("address-line", PieceKind.SourceLine, @"(?<url>https?://\S+)", RulePlacement.Anywhere | RulePlacement.Closing | RulePlacement.InList, Metadata + 30,
            description: "An address alone on a line: the article's own URL."), Hint(2000, "http")),
        (new ParseRule("compilation-note", PieceKind.Chrome, @"\(?(?:Nguồn\s?:\s?)?(?:" + CompiledNotes + "|ST|" + CompiledShort + @")(?:\stừ\s(?:[Ii]nternet|mạng xã hội|nhiều nguồn))?\)?\.?", RulePlacement.Closing, Metadata + 20,
            description: "'Sưu tầm' or 'Tổng hợp' (also 'TH', '(T/h)', 'Nguồn: Tổng hợp', 'Tổng hợp từ Internet') closing a story: collected, no named source."), Hint(NoLimit)),
        (new ParseRule("caption-note", PieceKind.Chrome, @"\((?:Các |Những )?[Cc]hú thích (?:ảnh|hình) (?:do|của|là của) [^()]{2,40}\)\.?", RulePlacement.Anywhere | RulePlacement.Closing, Furniture,
            description: "An editor's note on who wrote the photos' captions, in brackets: '(Chú thích ảnh do người viết đặt)'."), Marked('(', 80, "hú thích")),
        (new ParseRule("keywords-line", PieceKind.MetadataHeader, @"(?<key>Từ khóa|Từ khoá|TỪ KHÓA|TỪ KHOÁ|Tags?|TAGS?|Thẻ)\s?:\s?(?<value>(?:[^:.!?…]|[.!?…](?!\s)){1,300}?)\.?",
            RulePlacement.Closing, Metadata + 20,
            description: "The story's keywords closing the page, 'Từ khóa: X, Y' or 'Tags: X, Y': kept in Metadata under the key as printed. They never run across a sentence's end: a story sentence after them is no keyword."), Hint(320, "ừ kh", "ag", "AG", "Thẻ", "Ừ KH")),
        (new ParseRule("anonymous-byline", PieceKind.Chrome, @"(?:(?:Thực hiện|Nhóm thực hiện|THỰC HIỆN)\s?:\s?)?(?:(?:" + AnonymousRoles + @")(?:\s(?i:" + SectionName + @"))?|(?:Ban|BAN)\s(?i:Biên tập|" + SectionName + @")|BBT|T(?:òa|oà) soạn|TÒA SOẠN)\.?(?:\s?\(\s?(?:[Tt]ổng hợp|" + CompiledShort + @")\s?\))?", RulePlacement.Closing, Metadata + 20,
            description: "An unnamed reporter's byline ('PV' is 'phóng viên'), or a desk's ('Nhóm PV Thời sự', 'PV Kinh tế', 'Ban Thời sự', 'Ban Biên tập', 'BBT', 'Tòa soạn'), after 'Thực hiện:' or not, compiled or not ('PV (Tổng hợp)', 'P.V ( Tổng hợp )'): no author."), Hint(NoLimit)),
        (new ParseRule("byline-correspondent", PieceKind.Byline, @"(?:Theo\s)?(?<author>(?:[Pp]hóng viên|PV|[Nn]hóm phóng viên)\s(?<agency>\p{Lu}[\p{Lu}\p{Nd}+&]{1,9})(?:\s(?:thường trú\s)?(?:tại|ở)\s{outlet})?)\.?", RulePlacement.Anywhere | RulePlacement.Closing, Metadata + 40,
            description: "An agency's correspondent signing a story: 'Phóng viên TTXVN tại Mỹ', 'Theo phóng viên TTXVN thường trú tại Pháp', 'PV VOV': the signature is the author, the acronym the agency."), Hint(150, "hóng viên", "PV")),
        (new ParseRule("inline-link", PieceKind.Link, @"\[(?<headline>[^\[\]]+)\]", RulePlacement.Anywhere, Metadata + 10,
            description: "A related headline printed in brackets inside the story."), Marked('[', 400)),

        // Images.
        (new ParseRule("label-figure-number", PieceKind.ImageLabel, "(?<label>(?<subject>.+?) - Hình [0-9]+)", RulePlacement.Anywhere, Images + 90,
            description: "An image label naming the story and the figure: '<title> - Hình 1'."), Hint(400, " - Hình ")),
        (new ParseRule("label-ascii-glued-caption", PieceKind.ImageLabel, @"(?<label>(?<subject>[\x20-\x7E]+?) hinh anh [0-9]+)(?<caption>.*)", RulePlacement.Anywhere, Images + 90,
            description: "An image label in ASCII with the caption glued to it: '<title without marks> hinh anh 1<caption>'."), Hint(NoLimit, " hinh anh ")),
        (new ParseRule("label-numbered-figure", PieceKind.ImageLabel, @"(?<label>(?:Ảnh|ẢNH|Hình ảnh|Hình|HÌNH|Bảng|Biểu đồ|Sơ đồ|Đồ thị)\s[0-9]{1,3}[a-z]?)\s?[:.]\s(?<caption>\p{Lu}.{2,300})", RulePlacement.Anywhere, Images + 90,
            description: "A numbered figure with its caption: 'Ảnh 1: Cảnh hoang tàn sau bão.', 'Hình 2. Sơ đồ …', 'Bảng 1: Kết quả khảo sát'. The label alone ('Ảnh 3') stays text: the line after it may be story."), Hint(320, "Ảnh ", "ẢNH ", "Hình ", "HÌNH ", "Bảng ", "Biểu đồ ", "Sơ đồ ", "Đồ thị ")),
        (new ParseRule("label-caption-marker", PieceKind.ImageLabel, "(?<label>Chú thích ảnh)", RulePlacement.Anywhere, Images + 90,
            description: "'Chú thích ảnh' alone: the caption follows."), Hint(20, "Chú thích ảnh")),
        (ParseRule.Structural(StoryHeading, PieceKind.Subheading, RulePlacement.Anywhere, Images + 80,
            "On an aggregated page, a line printing the story an image label names is that story's heading."), Hint(NoLimit)),
        (ParseRule.Structural(CaptionAfterLabel, PieceKind.Caption, RulePlacement.AfterImageLabel, Images + 10,
            "The line after an image label that printed no caption is its caption, unless it has a role of its own."), Hint(NoLimit)),
        (new ParseRule("caption-credit-in-brackets", PieceKind.Caption, @"(?<caption>.{1,400})\s?\((?:" + CreditMarker + @"|Nguồn|ảnh)\s?:\s?(?<credit>[^()]{1,80}?)\)\.?",
            RulePlacement.Anywhere | RulePlacement.AfterImageLabel, Images + 60,
            description: "A caption with its credit in brackets: '<caption> (Ảnh: X)', '(ảnh: X)', '(Nguồn: X)'."), Marked(':', 520, "(Ảnh", "(ẢNH", "(ảnh", "(Nguồn", "(Ẩnh", "(Biểu", "(Đồ", "(Infographic", "( Ảnh", "(Hình", "(HÌNH", "(Photo", "(PHOTO")),
        (new ParseRule("caption-credit-no-colon", PieceKind.Caption, @"(?<caption>.{1,400}?)[.!?…]?\s?\((?:Ảnh|ẢNH)\s(?!hưởng)(?<credit>{credit}(?:\s?[-,/]\s?{credit})*)\)\.?",
            RulePlacement.Anywhere | RulePlacement.AfterImageLabel, Images + 55,
            description: "A caption with its credit in brackets, printed without a colon: '<caption> (Ảnh TN)', '(Ảnh Minh Khôi)'."), Marked(')', 520, "(Ảnh ", "(ẢNH ")),
        (new ParseRule("caption-with-credit", PieceKind.Caption, @"(?<caption>(?:.{0,400}(?<![\s\-–|]))?)" + BeforeLineEndingCredit + @"(?:\s?[-–|])?\s?(?:" + CreditMarker + @"\s?:\s?(?<credit>{credit}(?:\s?[-,/]\s?{credit})*|{outlet})|(?:Video|Clip)\s?:\s?(?<credit>{credit}(?:\s?[-,/]\s?{credit})*))\.?",
            RulePlacement.Anywhere | RulePlacement.AfterImageLabel, Images + 55,
            description: "A caption line ending with its credit: '<caption>. Ảnh: X', '<caption>. - Ảnh: Outlet name', and an embedded video's '<caption>. Video: X' (names only after 'Video:': 'Video: Bàn thắng…' is a video's title, teaser-video's); a credit alone is an image with no caption."), Marked(':', 520, "Ảnh", "ẢNH", "Nguồn ảnh", "Nguồn video", "Biểu đồ", "Đồ h", "Infographic", "Video", "Clip", "Hình", "HÌNH", "Photo", "PHOTO")),
        (new ParseRule("caption-credit-any-text", PieceKind.Caption, @"(?<caption>.{0,400})\s?(?:Ảnh(?: tư liệu)?|Nguồn)\s?:\s?(?<credit>[^:()]{1,100}?)",
            RulePlacement.AfterImageLabel, Images + 50,
            description: "After an image label, any credit text closing the caption."), Marked(':', 520)),
        (new ParseRule("caption-illustration", PieceKind.Caption, MaybeBracketed("(?<caption>" + Illustration + ")" + IllustrationCredit) + NoteEnd, RulePlacement.Anywhere | RulePlacement.InsideLine, Images + 50,
            description: "'Ảnh minh họa' (illustration; also 'Hình minh họa', 'Ảnh mang tính chất minh họa') as a sentence of its own, in brackets or not, with its credit when printed: 'Ảnh minh họa: Internet', 'Ảnh minh họa từ Internet', '(Ảnh minh họa).', '(Ảnh: Minh họa)'. Never the words opening a sentence that goes on ('Ảnh minh họa cho thấy…')."), Hint(NoLimit, IllustrationWords)),
        (new ParseRule("caption-illustration-line", PieceKind.Caption, @"(?<caption>.{8,300}?[.!?…]|.{8,300}?(?=\s[-–]\s))\s(?:[-–]\s)?" + Illustration + IllustrationCredit + @"\.?",
            RulePlacement.Anywhere, Images + 45,
            description: "A line of its own that ends with 'Ảnh minh họa' after a sentence or a dash ('<caption>. Ảnh minh họa', '<caption> - Ảnh minh họa từ Internet.'): the caption of the illustration, as pages that print a paragraph per line leave it. Inside a long line the words only say the photo has no caption (caption-illustration's); a line of more than two sentences is story."),
            Hint(320, IllustrationWords)),
        (new ParseRule("caption-in-the-photo-line", PieceKind.Caption, @"(?<caption>" + InSentence + @"{8,300}?[.!?…]\s(?:" + InThePhoto + @")(?:\s?:\s?\p{Lu}|,\s\p{L}|\slà\s)" + InSentence + @"{2,300}?[.!?…]?)",
            RulePlacement.Anywhere, Images + 50,
            description: "A line of its own of a sentence and 'Trong ảnh: …' (or 'Trong ảnh, …', 'Trong ảnh là …') after it ('Lễ khai mạc hội chợ. Trong ảnh: Bộ trưởng phát biểu.', '… ngừng nhận tour dịp lễ. Trong ảnh, du khách tham gia nhảy sạp.'): one caption, both sentences. A paragraph of more sentences that describes a photo stays text."),
            Hint(620, "Trong ảnh", "TRONG ẢNH")),
        (new ParseRule("caption-in-the-photo", PieceKind.Caption, @"(?:" + InThePhoto + @"|Ảnh trên|Ảnh dưới)\s?:\s?(?<caption>\p{Lu}" + InSentence + @"{2,300}?)(?:[.!?…](?=\s|$)|$)",
            RulePlacement.Anywhere | RulePlacement.InsideLine, Images + 50,
            description: "'Trong ảnh: …' (in the photo), 'Ảnh trên: …', 'Ảnh dưới: …' opening a sentence: what the photo shows, up to the sentence's end."),
            Marked(':', NoLimit, "Trong ảnh", "TRONG ẢNH", "Ảnh trên", "Ảnh dưới")),
        (new ParseRule("caption-position-cue", PieceKind.Caption, @"(?=.{0,300}$)(?<caption>.*" + PhotoPosition + ".*)", RulePlacement.Anywhere, Images + 40,
            description: "A short line naming positions in a photo, such as '(trái)', '(thứ hai từ trái sang)' or '(ngồi bên phải, hàng trước)'. The position closes the bracket or a phrase in it: '(trái phép)' (unlawfully) and '(giữa đêm)' (at midnight) are words of a sentence."), Marked(')', 300, PhotoPositionWords)),
        (new ParseRule("caption-position-cue-inside-line", PieceKind.Caption,
            @"(?<caption>\p{Lu}" + InSentenceOutsideBrackets + "{0,250}?" + PhotoPosition + InSentenceOutsideBrackets + @"{0,150}?[.!?…])(?=\s|$)",
            RulePlacement.InsideLine, Images + 40,
            description: "Inside a line, a sentence naming positions in a photo ('Ba mẫu xe mới (lần lượt từ trái qua phải).'): the caption of a photo the scraper ran into the story."), Marked(')', NoLimit, PhotoPositionWords)),
        (new ParseRule("credit-inside-line", PieceKind.Credit, "(?<caption>" + InSentenceOutsideBrackets + @"{0,300}?)" + BeforeMarker + @"\s?" + InlineCreditMarker + @"\s?:\s?(?<credit>{credit}(?:\s?/\s?{credit})*(?:\s[-–]\s{credit})*(?:\s?\(" + AgencyAcronym + @"\))?|" + CreditPhrase + @")(?!\s[\p{Ll}\p{Nd}])\.?",
            RulePlacement.InsideLine, Images + 30,
            description: "A credit inside a line ('<caption> Ảnh: X' or '<caption>. Ảnh: X.'): the caption is what precedes it in its sentence, or the sentence before; the credit ends with its name (and another's after a dash, 'Ảnh: Tuấn Anh - Minh Đức', or the agency's acronym after a dash or in brackets, 'Ảnh: Nhan Sáng - TTXVN', 'Ảnh: Nhan Sáng (TTXVN)'), and never goes on in lowercase ('Ảnh minh họa: Động mạch bị…' is a caption after its marker, not a credit 'Động'); after 'Ảnh:' a credit may say where the photo came from in a phrase of up to five words in sentence case ('Ảnh: Chụp màn hình', 'Ảnh: Gia đình cung cấp', 'Ảnh: Dân trí') that ends with its sentence or before a word that opens one."), Marked(':', NoLimit, InlineCreditMarkerOpenings) with { Gate = CreditMarkerInSentence }),
        (ParseRule.Structural(CaptionBeforeCredit, PieceKind.Caption, RulePlacement.InsideLine, Images + 30,
            "A credit that opens a sentence takes the sentence before it, on the same line, as its caption, unless that sentence holds a list (items set apart by semicolons, or a dash after a colon): a caption never does, and no rule takes such a sentence as one. A credit that opens a line takes the line before when that line is one sentence of story text, not the lead ('Bị cáo tại phiên xử.' then 'Ảnh: Hoàng Yến Tháng 6, …'): text split into a sentence a line breaks a caption from its credit at the full stop."), Hint(NoLimit)),
        (new ParseRule("caption-credit-in-brackets-inside-line", PieceKind.Caption,
            CaptionBeforeCreditBracket + @"(?:(?:" + CreditMarker + @"|ảnh)\s?:\s?(?<credit>[^()]{1,80}?)|(?:Ảnh|ẢNH)\s(?!hưởng)(?<credit>{credit}(?:\s?[-,/]\s?{credit})*))\)\.?(?=\s[\p{Lu}\p{Nd}""“(]|\s?$)",
            RulePlacement.InsideLine, Images + 25,
            description: "Inside a line, a caption with the photo's credit in brackets, before the next sentence or the line's end ('… kịp thời vụ. Cánh đồng lúa chín (Ảnh: Minh Hải) Theo ông Tư, …', '(Ảnh TN)'): the caption is the sentence the bracket closes, never the sentences before it. '(Nguồn: X)' inside a story cites its data, so it is no credit here; where the photo came from ('(Ảnh nv)') is caption-photo-origin's."),
            Marked('(', NoLimit, CreditBracketOpeningWords.Select(word => "(" + word).ToArray()) with { Gate = CreditBracketInSentence }),
        (new ParseRule("caption-scene", PieceKind.Caption,
            @"(?<caption>(?:" + PlaceNouns + @")(?:\s[^\s,.!?…:;""“”]+)*(?:,\s(?:(?:xã|phường|quận|huyện|tỉnh|thị xã|thị trấn|thành phố)\s)?\p{Lu}[^\s,.!?…:;""“”]*(?:\s[^\s,.!?…:;""“”]+)*)*,\snơi\s(?:xảy ra|diễn ra)\s[^.!?…,:;""“”]{2,100})\.",
            RulePlacement.Anywhere | RulePlacement.InsideLine, Images + 20,
            description: "A place and where something happened there, as a sentence of its own: '<Trường X, Minh Khai, Hà Nội>, nơi xảy ra sự việc.': the caption of the photo of the scene. The place opens with a word for one (Trường, Khu vực, Ngôi nhà, Đoạn đường…) and its commas only add the address ('…, huyện Củ Chi'); a story sentence goes on after the place ('…, nơi xảy ra vụ cháy, đã đóng cửa.') or opens otherwise."),
            Hint(NoLimit, "nơi xảy ra", "nơi diễn ra")),
        (new ParseRule("caption-graphic", PieceKind.Caption,
            @"(?<caption>(?:" + GraphicNouns + @")(?:\s(?!(?:" + ClauseWords + @")(?![\p{L}\p{M}]))[^\s,.!?…:;""“”()]+){1," + MaxGraphicCaptionWords + @"})\.",
            RulePlacement.Anywhere | RulePlacement.Closing, Images + 20,
            description: "A line naming a table, chart or map as a phrase of its own, closed by a full stop ('Bảng xếp hạng La Liga sau vòng đấu thứ 10.', 'Bản đồ khu vực xảy ra động đất.'): the caption of the graphic printed there. A sentence about one says something of it ('Bản đồ được cập nhật hằng ngày.', '… cho thấy …', '… là …') or goes on after a comma, and stays text; a headline naming one prints no full stop."),
            Hint(200, "Bảng", "Biểu đồ", "Bản đồ", "Sơ đồ", "Đồ h", "Infographic")),
        (new ParseRule("caption-illustration-inside-line", PieceKind.Caption, CaptionBeforeNote + "(?i:" + Illustration + ")" + IllustrationCredit + @"\)\.?", RulePlacement.InsideLine, Images + 30,
            description: "A caption marked '(ảnh minh họa)' or '(Ảnh minh họa từ Internet)' inside a line, before or after its full stop."), Hint(NoLimit, IllustrationWords) with { Gate = BracketedNoteInSentence }),
        (new ParseRule("caption-photo-origin", PieceKind.Caption, CaptionBeforeNote + "(?<credit>(?i:" + PhotoOrigin + @"))\)\.?", RulePlacement.Anywhere | RulePlacement.InsideLine, Images + 30,
            description: "A caption followed by where the photo came from, in brackets: '<caption>. (Ảnh chụp màn hình)', '(Ảnh cắt từ clip)', '(Ảnh tư liệu)', '(Ảnh nv)' (from the person in the story), '(Ảnh từ internet)'; the note is its credit."), Marked('(', NoLimit, PhotoOriginWords) with { Gate = BracketedNoteInSentence }),
        (new ParseRule("credit-photo-origin", PieceKind.Credit, @"\(?(?<credit>" + PhotoOrigin + @")\)?\.?", RulePlacement.Anywhere | RulePlacement.Closing, Images + 20,
            description: "Where the photo came from, alone on a line: 'Ảnh chụp màn hình', 'Ảnh cắt từ clip', 'Ảnh tư liệu', 'Ảnh từ internet'. It credits the caption just before it, or is an image of its own."), Hint(40, PhotoOriginWords)),
        (new ParseRule("credit-photo-origin-sentence", PieceKind.Credit, "(?<credit>" + PhotoWord + "(?:" + FrameOrigin + "|" + ProvidedBy + @")(?:\.\sNguồn\s?:\s?{outlet}(?=\.(?:\s|$)))?)" + NoteEnd, RulePlacement.InsideLine, Images + 20,
            description: "A frame of a screen or a clip, or a photo someone in the story gave, as a sentence of its own inside a line, with the outlet it came from when a 'Nguồn: X.' sentence follows: '<caption>. Ảnh chụp màn hình.', '<caption>. Ảnh cắt từ clip. Nguồn: Báo X.', '<caption>. Ảnh do nhân vật cung cấp.' (as 'Ảnh: NVCC'). The sentence before it, which describes the photo, is its caption. Notes that may follow a story sentence when the photo has no caption ('Ảnh tư liệu.', like 'Ảnh minh họa.') do not take it."), Hint(NoLimit, ProvidedByWords)),
        (new ParseRule("credit-only", PieceKind.Credit, MaybeBracketed("(?:" + CreditMarker + @"\s?:\s?(?<credit>{credit}(?:\s?[-,/]\s?{credit})*|{outlet})|(?:Video|Clip)\s?:\s?(?<credit>{credit}(?:\s?[-,/]\s?{credit})*))") + @"\.?", RulePlacement.Anywhere | RulePlacement.Closing, Images + 20,
            description: "A credit alone, in brackets or not ('Ảnh: X', '(Ảnh: Reuters)', '(Ảnh: Bộ Quốc phòng Nga)'; after 'Video:' names only, as 'Video: Bàn thắng…' is a video's title): it completes the caption just before it, or is an image of its own."), Marked(':', 200)),

        // Teasers.
        (ParseRule.Structural(DoubledHeadline, PieceKind.Teaser, RulePlacement.Anywhere, Teasers + 90,
            "A headline the scraper printed twice (glued or on two lines) outside any list is a teaser; after a byline, the line after it is its summary."), Hint(NoLimit)),
        (new ParseRule("teaser-see-more", PieceKind.Teaser, @"(?:=>|>>|»|[*+](?=\s))?\s?" + SeeMoreCall + @"\s?:\s?" + SeeMoreTitle,
            RulePlacement.Anywhere | RulePlacement.InsideLine | RulePlacement.Closing, Teasers + 50,
            description: "'Xem thêm: …', 'Xem tiếp: …', '=>XEM NGAY: …', 'Xem thêm Video: …', 'XEM VIDEO: …', 'Mời quý độc giả xem video: …', 'Mời xem thêm: …', '* Xem thêm: …': a link to another article, up to the end of its sentence, or to where a sentence of the story is glued on ('Xem thêm: Giá lúa tăng mạnh Theo ông Tư, …')."), Marked(':', NoLimit, "Xem", "XEM", "Đọc", "ĐỌC", "Mời", "MỜI")),
        (new ParseRule("teaser-see-more-arrow", PieceKind.Teaser, SeeMoreCall + @"\s(?:>>|»)\s?" + SeeMoreTitle,
            RulePlacement.Anywhere | RulePlacement.InsideLine | RulePlacement.Closing, Teasers + 50,
            description: "The call to read more with an arrow instead of a colon: 'Đọc thêm >> …', 'Xem thêm » …', as teaser-see-more reads it."), Hint(NoLimit, ">>", "»")),
        (new ParseRule("teaser-here", PieceKind.Teaser, @"(?:>>|=>|»)\s?(?<title>(?:(?!>>|=>|»).){3,200}?)\s?(?:TẠI ĐÂY|Tại đây|tại đây)\.?", RulePlacement.Anywhere | RulePlacement.InsideLine | RulePlacement.Closing, Teasers + 50,
            description: "'>> … TẠI ĐÂY': a link to another article; links run together ('>> A TẠI ĐÂY >> B TẠI ĐÂY') are one each."), Hint(NoLimit, ">", "»")),
        (new ParseRule("teaser-see-details-here", PieceKind.Teaser, @"(?:Xem|XEM|Đọc|ĐỌC|Mời (?:bạn đọc |quý vị )?xem)\s(?:chi tiết|CHI TIẾT|toàn văn|TOÀN VĂN|đầy đủ|ĐẦY ĐỦ)\s(?<title>" + InSentence + @"{3,200}?)\s?(?:TẠI ĐÂY|Tại đây|tại đây)\.?", RulePlacement.Anywhere | RulePlacement.InsideLine | RulePlacement.Closing, Teasers + 50,
            description: "'Xem chi tiết … TẠI ĐÂY', 'Xem toàn văn … tại đây': a link to the full text of what the story reports (a document, a list)."), Hint(NoLimit, "ĐÂY", "đây")),
        (new ParseRule("teaser-next-installment", PieceKind.Teaser, @"(?:Đón đọc\s)?(?:Kỳ|Bài|KỲ|BÀI) (?:tới|sau|tiếp|tiếp theo|cuối|TỚI|SAU|TIẾP|CUỐI)\s?:\s?(?<title>.{3,200})",
            RulePlacement.Anywhere | RulePlacement.Closing, Teasers + 50,
            description: "The next installment of a series: 'Kỳ tới: …', 'Bài sau: …', 'Đón đọc kỳ tới: …'."), Marked(':', 220)),
        (new ParseRule("teaser-installment", PieceKind.Teaser, @"(?<title>(?:Kỳ|KỲ)\s[0-9]{1,2}\s?:\s?\p{Lu}.{2,200})", RulePlacement.Closing, Teasers + 45,
            description: "An installment of the series named under the story, 'Kỳ 2: …': a link to it, titled with its number (over the story, the same words are the installment's own label). 'Bài 3: …' may be an exercise closing a page of exam questions, so it stays text."), Marked(':', 220, "Kỳ", "KỲ")),
        (new ParseRule("teaser-video", PieceKind.Teaser, @"(?:(?:Video|VIDEO|Clip)\s?:|\[(?:Video|VIDEO|Clip|CLIP)\])\s?(?<title>.+)", RulePlacement.Anywhere, Teasers + 40,
            description: "'Video: …' or '[VIDEO] …' alone on a line: an embedded video's title."), Hint(400, "Video:", "VIDEO:", "Clip:", "Video :", "VIDEO :", "Clip :", "[Video]", "[VIDEO]", "[Clip]", "[CLIP]")),
        (new ParseRule("teaser-video-inside-line", PieceKind.Teaser, @"(?:Video|VIDEO|Clip)\s?:\s?" + SeeMoreTitle, RulePlacement.InsideLine | RulePlacement.Closing, Teasers + 40,
            description: "'Video: …' opening a sentence inside a line: an embedded video's title, up to the end of its sentence or to where a sentence of the story is glued on ('… Video: Cháy lớn tại khu dân cư Theo ông Tư, …'), as after 'Xem thêm:'."), Marked(':', NoLimit, "Video", "VIDEO", "Clip")),
        (new ParseRule("teaser-video-colon", PieceKind.Teaser, @"(?:Video|VIDEO|Clip)\s(?<title>[^.!?…:]{3,200}):(?=\s\p{Lu}|\s?$)", RulePlacement.InsideLine | RulePlacement.Closing, Teasers + 40,
            description: "'Video <title>:' opening a sentence, before the next sentence or a byline: an embedded video's title."), Marked(':', NoLimit, "Video", "VIDEO", "Clip")),
        (new ParseRule("teaser-video-dash", PieceKind.Teaser, @"[-–]\s?(?:Video|VIDEO|Clip|CLIP)\s(?<title>[\p{Lu}\p{Nd}][^.!?…:]{2,200})\.?", RulePlacement.Anywhere | RulePlacement.InsideLine | RulePlacement.Closing, Teasers + 40,
            description: "'- Clip <title>.' as a sentence of its own, on a line of its own or inside one ('… 10. Ford Escape. - Clip 10 xe bán chạy nhất. …'): an embedded video's title, printed as the player's caption."), Marked('-', 220, "Video", "VIDEO", "Clip", "CLIP")),
        (new ParseRule("teaser-bracketed-title", PieceKind.Teaser, @"\[(?=(?:[^\s\]]+\s){" + (MinBracketedTitleWords - 1) + @"})(?<title>\p{Lu}[^\[\].!?…:;]{8,200}?[\p{L}\p{M}\p{Nd}?!""”])\](?=\s[\p{Lu}\p{Nd}""“]|\s?$)",
            RulePlacement.Anywhere | RulePlacement.InsideLine | RulePlacement.Closing, Teasers + 30,
            description: "A headline in square brackets as a sentence of its own ('… độ C. [Tháng 7 Bắc Bộ có 1-2 đợt nắng nóng] Từ nay …'): a link to another article, as pages print one between paragraphs. Four words or more with no full stop, colon or semicolon; words in brackets inside a sentence ('[sic]', 'anh [Nam] nói') are the writer's."),
            Marked('[', NoLimit)),
        (new ParseRule("teaser-outlet-summary", PieceKind.Teaser,
            @"(?<=[.!?…][""”’)]?\s)(?!Theo\s)(?=(?:[^\s()]+\s){" + (MinOutletTeaserTitleWords - 1) + @"}[^\s()])(?<title>\p{Lu}(?:[^.!?…()]|[.!?…](?!\s)){12,200}?)\s(?<summary>\((?=\p{Lu}|" + RuleGrammar.HostName + @"\))[^()]{2,30}\)\s?[-–—]\s\p{Lu}[^()]{20," + MaxOutletSummaryLength + @"}?[.!?…][""”]?)",
            RulePlacement.Closing, Teasers + 30,
            description: "Closing the story, after its last sentence: a headline with no full stop, the outlet in brackets and a dash, and the sentences after them ('… của kỳ thi\". Kỳ thi năm nay diễn ra từ ngày 22 đến 24-6 (HNM) - Theo Bộ GD-ĐT, kỳ thi …'): a link to another article, printed as its headline and its lead, which opens with the outlet as a lead does. The headline is the teaser's title and the lead, with its outlet, its summary. Never a line's first words: there, '(HNM) - …' opens the story's own lead. The headline holds five words or more (fewer name the place a story was filed from: 'TP Hồ Chí Minh (TTXVN) - …') and never opens with 'Theo' ('Theo thông tin từ Thông tấn xã (TTXVN) - Cơ quan…' is the story citing its source)."),
            new RuleHints(NoLimit, [") -", ") –", ") —", ")-", ")–", ")—"], Marker: '(', ClosingWindow: MaxOutletSummaryLength + MaxOutletTeaserTitleLength)),
        (new ParseRule("teaser-arrow-line", PieceKind.Teaser, LinkArrow + @"\s?(?<title>\p{Lu}[^.:;!?…]{2,150}?[\p{L}\p{M}\p{Nd}?!])",
            RulePlacement.Anywhere, Teasers + 30,
            description: "'>> <title>' (or '► <title>') alone on a line: a link to another article, its headline with no full stop (a line opening with '>>' that ends a sentence, or holds a colon, is a bullet of the story)."), Hint(160, LinkArrows)),

        (new ParseRule("teaser-arrow-inside-line", PieceKind.Teaser, LinkArrow + @"\s?(?<title>\p{Lu}[^.:;!?…>»►▶▸]{2,150}?[\p{L}\p{M}\p{Nd}?!])(?:(?=\s?$|\s" + LinkArrow + @"|(?<=(?<![\p{L}\p{M}\p{Nd}])[\p{Ll}\p{Nd}][\p{L}\p{M}\p{Nd}]*)\s\p{Nd}{1,2}\.\s\p{Lu})|" + BeforeGluedSentence + ")",
            RulePlacement.InsideLine, Teasers + 30,
            description: "'>> <title>' opening a sentence inside a line, with no full stop, up to the line's end, the next arrow, the next item of a numbered list after a word in lowercase or a number ('… thế giới 2. Toyota RAV4.'; after a capitalized word the number is the title's own, 'Điều 13.') or a sentence glued on as caption-before-sentence-opener finds one ('… so với năm trước. >> Những mẫu xe điện đáng mua nhất năm Nhiều hãng đã giảm giá …'): a link to another article between paragraphs, as teaser-arrow-line reads one on a line of its own. Where nothing marks where the story goes on ('>> Giá xăng tăng Người mua xe …'), the text stays."), Hint(NoLimit, LinkArrows)),

        // The weakest guesses: low precedence, narrow guards.
        (new ParseRule("subheading-before-sentence-opener", PieceKind.Subheading,
            @"(?<heading>(?:[""“]\p{Lu}[\p{Ll}\p{M}]*[""”]?|\p{Lu}[\p{Ll}\p{M}]*)(?:,?\s(?:[""“][\p{Ll}\p{M}]+|[\p{Ll}\p{M}]+[""”]?)){" + (RuleGrammar.MinGluedSubheadingWords - 1) + "," + (RuleGrammar.MaxGluedSubheadingWords - 1) + @"})" + BeforeGluedSentence,
            RulePlacement.InsideLine, Guesses + 55,
            description: "A phrase of 3 to 9 words naming no one (no capital after its first letter, no number; commas may join its clauses, quotes mark a term: 'Học sinh lo lắng, phụ huynh hoang mang', '\"Lạm phát\" quy hoạch gia tăng'), with no full stop, right before a capitalized sentence opener and a lowercase word ('… nêu quan điểm. Chỉ nhắc nhở chứ không bêu tên Trong khi đó, …') or 'Ông'/'Bà' and a name the line calls so: a subheading glued between paragraphs, kept in the story's text. A photo caption glued so names what it shows or runs longer."),
            new RuleHints(NoLimit, [], RuleGrammar.GluedPhraseAhead, LineGate: RuleGrammar.OpenerAnywhere)),
        (new ParseRule("caption-before-sentence-opener", PieceKind.Caption,
            @"(?=(?:\S+\s){3})(?<caption>(?:[^.!?…:;""“”()]|\([^()]*\)|[.!?…](?!\s)|" + QuotedWords + "){13," + (RuleGrammar.MaxGluedCaptionLength + 1) + @"}?(?<=[\p{Ll}\p{Nd})""”]))(?=\s\p{Lu})" + BeforeGluedSentence,
            RulePlacement.InsideLine, Guesses + 50,
            description: "A sentence fragment of four or more words with no full stop, right before a capitalized sentence opener and a lowercase word ('… giúp sức Để đảm bảo…'), or before 'Ông' or 'Bà' and a name the line also calls 'ông X' or 'bà X' ('… người Kurd Ông Erdogan cũng…') or who speaks right after it ('… ở Bình Dương Ông Thăng cho hay…', not after a noun for a kind of place or a preposition: 'UBND xã Bà Điểm cho biết', 'người dân ở Bà Rịa cho biết'), outside brackets and quotes (but for a few words in quotes after a name, '… Vợ ca sĩ A cũng từng \"chớm\" bị trầm cảm Khi …'): a photo caption glued between paragraphs. Never words that report speech ('Bà Lan cho biết \"chúng tôi rất lo lắng\" Trong khi đó, …'): a story sentence that lost its full stop. Never in a sapo, the story's first line when it holds three sentences or fewer, which pages print before the story's photos."), new RuleHints(NoLimit, [], RuleGrammar.CaptionBeforeOpenerAhead, LineGate: RuleGrammar.OpenerAnywhere, AfterLead: true)),
        (new ParseRule("caption-before-its-subject", PieceKind.Caption,
            @"(?=(?:\S+\s){3})(?<caption>(?:\p{Lu}[\p{Ll}\p{M}]+\s){0," + (RuleGrammar.MaxOpeningNameWords - 1) + @"}(?<_subject>\p{Lu}[\p{Ll}\p{M}]+)\s(?!\p{Lu})(?:[^.!?…:;""“”()]|\([^()]*\)|[.!?…](?!\s)){12," + RuleGrammar.MaxGluedCaptionLength + @"}?[\p{L}\p{M})])"
            + NotBeforeName + @"(?<!(?<![\p{L}\p{M}])(?:" + RuleGrammar.ClauseLinks + @"))"
            + @"(?=\s(?<_prefix>(?:\p{Lu}[\p{Ll}\p{M}]*\s){1,2})?\k<_subject>\s(?:" + RuleGrammar.SubjectMarkers + @")\s)"
            + @"(?(_prefix)(?:(?=\s\k<_prefix>\k<_subject>\s.{0," + RuleGrammar.MaxHonorificDistance + @"}?" + NamedAgain + ")|(?<=" + NamedAgain + ".{0," + RuleGrammar.MaxHonorificDistance + @"}))|(?<!\p{Lu}[\p{Ll}\p{M}]*))",
            RulePlacement.InsideLine, Guesses + 50,
            description: "A sentence fragment of four or more words with no full stop, opening with a name (up to three words) whose last word comes right back as the subject of the sentence glued after it ('Armstrong thú nhận sử dụng doping trên truyền hình Armstrong từng xuất hiện…'; 'đã', 'từng', 'vừa', 'sẽ', 'cũng'… after the name): a photo caption glued before the paragraph about the one it shows. The name may come back longer ('… Tour de France Lance Armstrong từng…') when the line calls the person so elsewhere; otherwise the fragment must not end in a capitalized word, which may be the name's first ('… năm tới Việt Nam sẽ…'). Never when the fragment ends in a word a clause goes on after ('… nên Mỹ sẽ', '… rằng Nga đã'), a number, or reports speech ('Nga cho biết trong năm nay Nga sẽ…'): that is one sentence naming its subject twice. Only on lines of 1,000 characters or more, which join several paragraphs: a page printing a paragraph a line prints a caption on a line of its own."),
            new RuleHints(NoLimit, [], RuleGrammar.SubjectNamedAgainAhead, LineGate: RuleGrammar.JoinsParagraphs)),
        (new ParseRule("caption-repeating-story", PieceKind.Caption,
            @"(?<caption>\p{Lu}" + InSentenceWordChars + @"*(?:\s" + InSentenceWordChars + "+){" + (RuleGrammar.MinRepeatedCaptionWords - 1) + "," + (RuleGrammar.MaxRepeatedCaptionWords - 1) + @"}?(?<=[\p{Ll}\p{M}\p{Nd})])(?<!\p{Lu}[\p{Ll}\p{M}]*))(?=\s\p{Lu}[\p{Ll}\p{M}]*\s\p{Ll})"
            + @"(?:(?<=(?:^|[^\p{L}\p{M}])(?i:\k<caption>)" + RepeatEnd + ".{0," + RuleGrammar.MaxRepeatDistance + @"}\k<caption>)|(?=.{1," + RuleGrammar.MaxRepeatDistance + @"}?(?<![\p{L}\p{M}])(?i:\k<caption>)" + RepeatEnd + "))",
            RulePlacement.InsideLine, Guesses + 50,
            description: "A sentence fragment of eight words or more with no full stop, right before a capitalized word and a lowercase one, that the story prints word for word nearby, ending a clause of its own there with a mark of punctuation (its first letter in either case: '… khó lường. … Vụ tấn công mạng sử dụng mã độc đang gây ra nhiều hậu quả Ngành y tế …' after '… Hiện, vụ tấn công mạng sử dụng mã độc đang gây ra nhiều hậu quả.'): a photo caption copied from the story and glued before the next paragraph. The story's own sentence stays, so nothing is lost. Only on lines of 1,000 characters or more, as caption-before-its-subject."),
            new RuleHints(NoLimit, [], RuleGrammar.RepeatedFragmentAhead, LineGate: RuleGrammar.JoinsParagraphs)),
        (new ParseRule("caption-naming-people", PieceKind.Caption,
            @"(?<caption>(?:" + string.Join("|", PeopleCounts) + @")\s(?:(?!(?:gồm|là|có|của|và|với|cùng)\s)[\p{Ll}\p{M}]+\s){1,4}" + PersonName + @"(?:,\s" + PersonName + @")*\svà\s" + PersonName + @")\.(?=\s|$)",
            RulePlacement.InsideLine, Guesses + 50,
            description: "A sentence with no verb that only counts and names people ('Hai bị can Nguyễn Văn A và Trần Văn B.', 'Các cầu thủ A, B và C.'): the caption of a photo of them. A story's sentence says what they did; one listing them after 'gồm', 'là' or 'có' stays text."),
            Hint(NoLimit, " và ") with { Gate = OpensCountingPeople }),
        (new ParseRule("caption-name-only-sentence", PieceKind.Caption,
            @"(?<=[\p{L}\p{M}\p{Nd})""”’][.!?…][""”’]?\s)(?<!(?:^|\s)(?:\p{Nd}{1,2}|\p{Lu}{1,3})\.\s)(?<caption>(?=" + NameOnlyWord + @"(?:\s" + NameOnlyWord + "){1," + (RuleGrammar.MaxNameOnlyWords - 1) + @"}\.\s)(?=[^.!?…]*?\p{Ll})"
            + "(?:" + NameOnlyWord + @"\s)*?" + NameOnlyNamedWord + @"(?:\s" + NameOnlyWord + @")*?\s" + NameOnlyNamedWord + @"(?:\s" + NameOnlyWord + @")*)\.(?=\s\S)",
            RulePlacement.InsideLine, Guesses + 50,
            description: "A sentence inside a line that only names someone or something, between two sentences of the story: two to six words each opening with a capital or a digit, two of them capitalized words ('… lưới tản nhiệt cỡ lớn. Toyota Hilux 2021. Xe được trang bị …', '… Ông Nguyễn Văn Tùng. Ông Tùng cho biết …'): the caption of a photo of them. A story's sentence says something of what it names. A list item's number before it ('1. Honda City. 2. …'), a Roman numeral or a number alone after its first word ('Điều 13.', 'Phần II.', which head a section), a score ('Việt Nam 2-1 Thái Lan.'), letters in capitals only ('UBND TP.') and a line's last sentence are not taken."),
            new RuleHints(NoLimit, [], RuleGrammar.NameOnlySentenceAt, Marker: '.', LineGate: RuleGrammar.HoldsNameOnlySentence)),
        (new ParseRule("caption-before-quotation", PieceKind.Caption,
            @"(?=(?:\S+\s){3})(?<caption>(?:[^.!?…:;""“”()]|\([^()]*\)|[.!?…](?!\s)){12," + RuleGrammar.MaxGluedCaptionLength + @"}?\s(?:\p{Lu}[\p{L}\p{M}]*|\p{Nd}[\p{Nd}/.,]*))(?=\s[""“]\p{Lu}[^""“”]{" + RuleGrammar.MinQuotationLength + @",}[""”],\s)",
            RulePlacement.InsideLine, Guesses + 45,
            description: "A sentence fragment of four or more words with no full stop, ending in a name or a number, right before a quotation that opens the next sentence and is attributed after a comma ('… vụ bắt vợ ở Sa Pa \"Em hỏi…\", chị X kể lại'): a photo caption glued before a paragraph that opens with a quote. A quotation of fewer than 60 characters is a name or a title, and a fragment ending in a lowercase word ('… ông nói') introduces the quote."),
            new RuleHints(NoLimit, [], RuleGrammar.QuoteAhead, LineGate: RuleGrammar.QuotationWithAttribution)),
        (ParseRule.Structural(CaptionCopiedFromStory, PieceKind.Caption, RulePlacement.Anywhere, Guesses + 60,
            "A line of one sentence, six words or more, that the story line just before or after it opens with word for word (the caption copied from the story's sentence), or whose first six words, naming someone or something (two or more capitalized after the first), open the story line after it too: a photo caption. The story's own sentence stays, so nothing is lost."), Hint(NoLimit)),
        (ParseRule.Structural(CaptionAfterGalleryIntro, PieceKind.Caption, RulePlacement.Closing, Guesses + 70,
            "The lines after a line that announces photos and ends with a colon ('Dân trí xin giới thiệu một số bức ảnh của X:', 'những hình ảnh…:', 'loạt ảnh…:'), down to the story's byline or source: the gallery's captions, one a line. Only when every such line (at most 20) is a whole line of at most 40 words that does not open with a quote or a dash nor end with a colon; the announcing line stays text."), Hint(NoLimit)),
        (ParseRule.Structural(CaptionOpeningHeadlessStory, PieceKind.Caption, RulePlacement.Opening, Guesses + 40,
            "On a page that prints no headline and names none in a header (a scrape that kept the story but dropped the headline and the lead), a first story line shaped as caption-between-paragraphs takes it (one short sentence standing apart), before a paragraph of two sentences or more or twice its length: the caption of the photo that opens the story ('Cơ quan chức năng làm việc với bà B.'). A page with a headline opens with its lead, which stays text."), Hint(NoLimit)),
        (ParseRule.Structural(CaptionBetweenParagraphs, PieceKind.Caption, RulePlacement.Anywhere, Guesses + 40,
            "On a page that prints a paragraph per line, a line of one short sentence (5 to 20 words closed by a full stop, or 17 to 30 printed without one: shorter unclosed lines are subheadings) between two longer paragraphs, one of them of two sentences or more (or both twice its length), that stands apart from them: a photo caption. A story's own short paragraph hangs on what came before, so the line must not open with a connective, an adverbial, an auxiliary or a pronoun ('Tuy nhiên', 'Sau khi', 'Hiện', 'Anh'…; 'Ông' only before a name), nor name the incident back or comment on it ('Vụ việc', 'Sự việc', 'Rất may', 'Đáng chú ý'), nor hold a clause after a comma ('…, sau khi…'), a quotation (a quoted term of up to three words is fine), a colon, a question, reported speech ('cho biết', 'rằng'), a word referring back ('cũng', 'đó', 'vụ việc') or the tense of a narrative ('đã', 'chưa'); never a list item ('a)', '2.') or a line in capitals. Up to three such lines in a row, between paragraphs of two sentences or more, are a gallery's captions. The line after a question is its answer, never a caption. On any page (one sentence a line or not), such a line printed without a full stop, of 5 words or more, between lines closed as sentences and longer than it, is a caption when the paragraph after it carries on from the story with a connective and a comma ('Tuy nhiên, …', 'Không những vậy, …', 'Trong khi đó, …'): a section's first paragraph never opens so, so the line heads no section."), Hint(NoLimit)),
        (ParseRule.Structural(SubheadingBetweenParagraphs, PieceKind.Subheading, RulePlacement.Anywhere, Guesses + 30,
            "A line of one phrase, 2 to 16 words printed without a full stop or any closing mark, between two longer paragraphs closed as sentences, one of them of two sentences or more (photos between aside), or opening the story before a paragraph of two sentences or more (or of one sentence three times its length): a subheading, which opens a section (its text stays the story's; one the story opens with heads the first section, and the paragraph after it is the lead). A short question so framed is one too ('Chai nhựa được làm bằng gì?'), unless it holds a colon or the page puts a question to someone ('Vì sao ông…?': an interview, whose questions stay paragraphs). On a page of one sentence per line, such a line is a sentence that lost its full stop. A line ending in a colon or a quotation is a sentence (a term of up to three words in quotes may close a heading: 'Bệnh viện tuyến huyện \"kêu cứu\"'); a list item is an item, but a numbered line framed so is a listicle's section ('2. Ferrari F12'), and the section numbered next after one needs only paragraphs closed as sentences around it; numbered lines in a row stay a list. A page that prints paragraphs and heads one section so heads the others alike: there, a line of that shape between any two paragraphs closed as sentences is a heading too."), Hint(NoLimit)),
        (new ParseRule("caption-echoed-by-story", PieceKind.Caption,
            @"(?<caption>(?<_opening>" + SentenceWord + @"(?:\s" + SentenceWord + "){" + (SentenceOpenings.SharedWords - 1) + "})" + InSentence + "{0," + SentenceOpenings.MaxCaptionLength + @"}?)[.!?…](?=\s\k<_opening>(?![\p{L}\p{M}\p{Nd}]))",
            RulePlacement.InsideLine, Guesses + 60,
            description: "A sentence (with its full stop) whose first six words, naming someone or something (two or more capitalized after the first), open the next sentence too ('Ông A, Chủ tịch X phát biểu tại hội nghị. Ông A, Chủ tịch X cho biết…'): the caption of a photo, which names its subject as the story goes on to. Stories do not repeat six words at the start of consecutive sentences."),
            new RuleHints(NoLimit, [], Gate: SentenceOpenings.NextSentenceOpensAlike, LineGate: SentenceOpenings.SomeSentenceOpensAlike)),
        (new ParseRule("byline-bare", PieceKind.Byline, BareNames + @"[.,]?", RulePlacement.Closing, Guesses,
            description: "The story's last words (after a finished sentence) being a name of two or more words, or with initials (T.A, H.Long), in Title Case or ALL CAPS, several joined by ' - ' or ', ', a full stop or a comma after them or not ('Bảo Ngọc, 14/03/2024' before a date): the writer. A degree or profession before the name ('PGS Văn Như Cương', 'Luật sư Trần B'), or 'Bởi' ('by'), is dropped from Author. Words that open a line but never a name, a thing a caption names ('Xe Kia Sportage', 'Mẫu') or a letter's courtesy ('Trân Trọng', 'Xin Cảm Ơn'), are no writer."), Hint(NoLimit) with { TailGate = TailGates.EndsWithName }),
        (new ParseRule("caption-gallery-tail", PieceKind.Caption,
            @"(?<=[.!?…][""”’)]?\s|^)(?=(?:\S+\s){3})(?<caption>(?:[^.!?…:;""“”()]|\([^()]*\)|""[^""]*""|“[^“”]*”|[.!?…](?!\s|$))+)(?<![\p{Ll}\p{M}])(?<![\s.](?:" + PlaceKindAbbreviations + @"|\p{Lu}+[\-&][\p{Lu}\-&]*\p{Lu}))",
            RulePlacement.Closing, Guesses - 10,
            description: "Four or more words with no full stop between the story's last sentence and its byline or source, all on one line, the last caption ending in a name, a number or a bracket ('… (bản quyền VTV) T.A'): the captions of the photos that close the story, run together. Never a line of its own, nor words ending in a lowercase one ('… lên đường sang Thái Lan', '… giữa Việt Nam và Lào') or in an abbreviation for a kind of place or body, which names the place after it ('… của UBND TP Hồ Chí Minh', '… Sở KH-CN Đà Nẵng', '… trên SVĐ Mỹ Đình'; initials such as 'NT' may end a caption), nor before a byline closed by a full stop: those are a sentence that ends in a name."),
            new RuleHints(NoLimit, [], ClosingWindow: MaxGalleryLength, BeforeSignature: true, TailGate: TailGates.EndsOutsideSentence)),
        (ParseRule.Structural(ListItems, PieceKind.ListItem, RulePlacement.InList, Guesses,
            "Lines of a recommendation list: headlines, with a time, category and summary where printed."), Hint(NoLimit)),
    ];
}
