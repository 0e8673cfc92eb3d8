using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Corpus.Parsing;

/// <summary>
/// The conventions of the news sites the parser knows: every site-specific word, widget and pattern lives here,
/// so a new site is taught by adding data, not code. Lines are matched after cleaning (NFC, single spaces, trimmed).
/// </summary>
internal sealed class SiteConventions
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    /// <summary>The conventions of the seed sites (Vietnam+, baotintuc.vn / TTXVN, and the aggregated layout with <c>Hình N</c> labels).</summary>
    public static SiteConventions Default { get; } = new();

    /// <summary>The time zone of the dates these sites print.</summary>
    public TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    /// <summary>Page furniture dropped wherever it stands: share/follow widgets, CMS menus, footers, empty bullets.</summary>
    public HashSet<string> ChromeLines { get; } = new(StringComparer.Ordinal)
    {
        "Video đang HOT",
        "Theo dõi VGT trên",
        "Nổi bật",
        "Mới nhất",
        "• Mặc định",
        "POWERED BY ONECMS - A PRODUCT OF NEKO",
        "doanh nghiệp - Sản phẩm - Dịch vụ Thông cáo báo chí Rao vặt",
        "Các đơn vị thông tin của TTXVN",
        "-",
        "•",
        "./.",
    };

    /// <summary>
    /// Widgets that close the story: what follows is recommendation lists, metadata and chrome. The value lists the
    /// answer lines the widget prints right after itself.
    /// </summary>
    public Dictionary<string, string[]> ClosingWidgets { get; } = new(StringComparer.Ordinal)
    {
        ["Bạn thấy bài viết này có hữu ích không?"] = ["Có", "Có;", "Không"],
        ["Chia sẻ:"] = [],
        ["Copy Link"] = [],
        ["Xem tin theo ngày"] = [],
    };

    /// <summary>Headings of recommendation lists, as printed; each becomes <see cref="RelatedArticle.Group"/>.</summary>
    public HashSet<string> ListHeadings { get; } = new(StringComparer.Ordinal)
    {
        "Tin liên quan",
        "Tiêu điểm",
        "Tin đang nóng",
        "Tin mới nhất",
        "Có thể bạn quan tâm",
        "Tin cùng chuyên mục",
    };

    /// <summary>
    /// Image labels. <c>label</c> is the label as printed; <c>subject</c>, when present, is the story the label names
    /// (a line with that text is that story's heading); <c>caption</c>, when present, is a caption glued to the label.
    /// </summary>
    public Pattern[] ImageLabels { get; } =
    [
        new(@"^(?<label>(?<subject>.+?) - Hình [0-9]+)$", " - Hình "),
        new(@"^(?<label>(?<subject>[\x20-\x7E]+?) hinh anh [0-9]+)(?<caption>.*)$", " hinh anh "),
        new(@"^(?<label>Chú thích ảnh)$", "Chú thích ảnh"),
    ];

    /// <summary>
    /// Credit markers at the end of a caption: <c>caption</c> is what precedes, <c>credit</c> the credit itself.
    /// The first set also marks a stand-alone line as a caption; the second only applies after an image label.
    /// </summary>
    public Pattern[] CaptionCredits { get; } =
    [
        new(@"^(?<caption>(.*\s)?)(Ảnh tư liệu|Ảnh)\s?:\s?(?<credit>[^:]{1,100}?)$", "Ảnh"),
    ];

    /// <inheritdoc cref="CaptionCredits"/>
    public Pattern[] LabelledCaptionCredits { get; } =
    [
        new(@"^(?<caption>.*?)\s?\((Nguồn|Ảnh)\s?:\s?(?<credit>[^()]{1,100}?)\)\.?$", ":"),
    ];

    /// <summary>Every credit marker, for a caption that follows an image label.</summary>
    public Pattern[] AllCaptionCredits => _allCaptionCredits ??= [.. CaptionCredits, .. LabelledCaptionCredits];

    private Pattern[]? _allCaptionCredits;

    /// <summary>Position words that only photo captions print, such as <c>(trái)</c> or <c>(thứ hai từ phải)</c>.</summary>
    public Pattern CaptionCue { get; } = new(@"\(([^()]{0,30}\s)?(trái|phải|giữa)\)", ")");

    /// <summary>The longest line a position cue alone turns into a caption; longer lines are body text.</summary>
    public int MaxCueCaptionLength { get; } = 300;

    /// <summary>A dateline: the outlet and the story's own date and time, e.g. <c>(Vietnam+)| 05/04/2023 15:10</c>.</summary>
    public Pattern Dateline { get; } = new(@"^\((?<agency>[^()]{1,40})\)\s?\|\s?(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4})\s(?<h>[0-9]{1,2}):(?<min>[0-9]{2})$", "|");

    /// <summary>An outlet signature alone on a line, e.g. <c>(Vietnam+)</c>.</summary>
    public Regex Signature { get; } = new(@"^\((?<agency>[^()\s]+(\s[^()\s]+){0,3})\)$", Options);

    /// <summary>A byline: a person's name and the agency, e.g. <c>Nguyễn Hằng (TTXVN)</c>.</summary>
    public Regex Byline { get; } = new(@"^(?<author>\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*){1,4})\s?\((?<agency>[\p{Lu}0-9][\p{L}0-9+&.\- ]{0,30})\)$", Options);

    /// <summary>An "according to" line naming the source: a host gives the site, another name gives the agency.</summary>
    public Regex SourceLine { get; } = new(@"^Theo\s(?<source>[^\s,;:!?]+(\s[^\s,;:!?]+){0,4})$", Options);

    /// <summary>A source that is a host name, with an optional scheme and <c>www.</c>.</summary>
    public Regex Host { get; } = new(@"^(https?://)?(www\.)?(?<host>[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+)/?$", Options);

    /// <summary>An address alone on a line.</summary>
    public Regex Url { get; } = new(@"^https?://\S+$", Options);

    /// <summary>An inline related headline, printed in brackets.</summary>
    public Regex InlineLink { get; } = new(@"^\[(?<headline>[^\[\]]+)\]$", Options);

    /// <summary>The end mark some agencies append to the last paragraph; the sentence keeps its full stop.</summary>
    public string EndMark { get; } = "./.";

    /// <summary>Bullets that start list items.</summary>
    public string[] Bullets { get; } = ["- ", "• "];

    /// <summary>A list item's time on a line of its own, e.g. <c>14:55:40 16/05/2025</c>.</summary>
    public Regex ItemTimeLine { get; } = new(@"^(?<h>[0-9]{1,2}):(?<min>[0-9]{2}):(?<s>[0-9]{2})\s(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4})$", Options);

    /// <summary>A list item's time after its title, e.g. <c>… 12.06.2023 | 17:24 PM</c>.</summary>
    public Pattern ItemInlineTime { get; } = new(@"^(?<title>.+?)\s(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})\s?\|\s?(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(\s(?<ampm>AM|PM))?$", "|");

    /// <summary>The shortest headline taken as printed twice when its two halves are equal (shorter repeats are real text).</summary>
    public int MinDoubledHeadlineLength { get; } = 8;
}
