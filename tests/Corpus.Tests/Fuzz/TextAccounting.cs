using System.Globalization;
using System.Text;
using Corpus.Parsing;

namespace Corpus.Tests.Fuzz;

/// <summary>
/// The "no text vanishes" invariant, stated so it can be checked: for every line of the page, after removing every
/// field's text from it, the letters and digits left over are only
/// <list type="bullet">
/// <item>markers the rules drop (<c>Theo</c>, <c>www</c>, <c>Ảnh</c>, <c>Nguồn</c>, <c>Xem thêm</c>, <c>AM</c>/<c>PM</c>, header keys…),</item>
/// <item>numbers of a date that became a <see cref="DateTimeOffset"/>, or digits of them (removing a short field,
/// such as a title "5", from a date line splits its numbers),</item>
/// </list>
/// <item>words of a related item's category or summary, which join several printed lines,</item>
/// unless it is in a piece a rule names as furniture (chrome, widgets, list headings, end marks, the title again: the
/// parser's own account, from <see cref="ArticleParser.Explain"/>) or on a line the parser reported a problem on (its text is named in the diagnostic). A file rejected as a whole
/// (binary, or not UTF-8) is never compiled in, and says so, so nothing in it is accounted.
/// </summary>
internal static class TextAccounting
{
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "Theo", "theo", "www", "http", "https", "Ảnh", "Ẩnh", "ảnh", "tư", "liệu", "minh", "họa", "hoạ", "hoa", "Nguồn", "AM", "PM",
        "Tổng", "tổng", "hợp", "Tin", "Bài", "và", "Biểu", "đồ", "Đồ", "Infographic", "Xem", "XEM", "thêm", "THÊM", "Đọc", "ĐỌC",
        "ngay", "NGAY", "Mời", "MỜI", "xem", "Video", "VIDEO", "video", "clip", "Clip", "TẠI", "ĐÂY", "Tại", "tại", "đây",
        "url", "link", "date", "title", "author", "agency", "site", "source", "published",
        "Trong", "TRONG", "ẢNH", "trên", "dưới", "CLIP", "bạn", "đọc", "quý", "độc", "giả", "vị", "Ngày", "ngày", "đăng", "Đăng",
        "lúc", "Cập", "nhật", "GMT", "Lược", "lược", "Biên", "biên", "dịch", "từ", "báo",
    };

    /// <summary>Kinds whose text the parser drops on purpose, each piece named by the rule that claimed it.</summary>
    private static readonly HashSet<PieceKind> Dropped =
    [
        PieceKind.Chrome, PieceKind.EndMark, PieceKind.StoryEnd, PieceKind.ListHeading,
    ];

    public static IReadOnlyList<string> Unaccounted(string raw, ArticleParseResult result)
    {
        if (result.Problems.Any(p => p.Kind is ParseProblemKind.BinaryContent or ParseProblemKind.MisdecodedText)) return [];

        var article = result.Article;
        // Longest first, as the fields below: a short piece ('e', a title printed twice) must not break a longer one apart.
        var dropped = ArticleParser.Explain(raw).Where(piece => Dropped.Contains(piece.Kind)).OrderByDescending(piece => piece.Text.Length).ToList();
        var fields = Fields(article).Where(f => f.Length > 0).Distinct().OrderByDescending(f => f.Length).ToList();
        var numbers = DateNumbers(article);
        var allFields = string.Join("\u0001", fields);

        bool IsAccounted(string token) =>
            Markers.Any(marker => marker.Contains(token, StringComparison.Ordinal))
            || numbers.Any(number => number.Contains(token, StringComparison.Ordinal))
            || allFields.Contains(token, StringComparison.OrdinalIgnoreCase);

        // Two words a page printed glued may come out apart: a name and an outlet ('NguyênDân Việt'), a caption and its
        // credit marker ('…8Ảnh: X'), the two copies of a line printed twice ('…cuốiĐầu…'). Like the test above, a
        // part is found as a substring.
        bool IsGluedPair(string token) =>
            Enumerable.Range(1, token.Length - 1).Any(split => IsAccounted(token[..split]) && IsAccounted(token[split..]));

        var problemLines = result.Problems.Select(p => p.Line).ToHashSet();
        // A problem on lines the reader joined is numbered with the first of them and names their text.
        var problemTexts = result.Problems.Select(p => p.Text).Where(text => text.Length > 0).ToList();
        var titleKey = TextCleaning.Key(article.Title);
        var missing = new List<string>();

        foreach (var line in SourceLine.SplitNonBlank(raw, out _, CancellationToken.None))
        {
            var text = line.Text;
            if (problemLines.Contains(line.Number)) continue;
            if (titleKey.Length > 0 && TextCleaning.Key(text) == titleKey) continue;

            var rest = text;
            // A piece on lines the reader joined (a sentence broken at a link) is numbered with the first of them.
            foreach (var piece in dropped)
            {
                if (piece.Line <= line.Number) rest = WithoutDropped(rest, piece.Text);
            }

            foreach (var problem in problemTexts)
            {
                if (problem.Contains(text, StringComparison.Ordinal)) rest = "";
            }

            foreach (var field in fields) rest = rest.Replace(field, " ", StringComparison.OrdinalIgnoreCase);
            foreach (var token in Tokens(rest))
            {
                if (!IsAccounted(token) && !IsGluedPair(token)) missing.Add($"line {line.Number}: '{token}' of '{text}'");
            }
        }

        return missing;
    }

    /// <summary>
    /// <paramref name="line"/> without a dropped piece's text: where it stands in the line; the whole line, when the
    /// reader joined the line onto the piece; the line's end, when the piece starts there and runs on over the lines
    /// the reader joined after it; or the line's start, when the piece began on a line before and ends here (at least
    /// <see cref="MinRunOnOverlap"/> characters, so a chance match removes nothing).
    /// </summary>
    private static string WithoutDropped(string line, string piece)
    {
        if (line.Contains(piece, StringComparison.Ordinal)) return line.Replace(piece, " ", StringComparison.Ordinal);
        var trimmed = line.Trim();
        if (trimmed.Length > 0 && piece.Contains(trimmed, StringComparison.Ordinal)) return "";
        for (var at = line.IndexOf(piece[0]); at >= 0 && line.Length - at >= MinRunOnOverlap; at = line.IndexOf(piece[0], at + 1))
        {
            var tail = line[at..].TrimEnd();
            if (tail.Length >= MinRunOnOverlap && piece.StartsWith(tail, StringComparison.Ordinal)) return line[..at];
        }

        for (var end = line.LastIndexOf(piece[^1]); end + 1 >= MinRunOnOverlap; end = end > 0 ? line.LastIndexOf(piece[^1], end - 1) : -1)
        {
            var head = line[..(end + 1)].TrimStart();
            if (head.Length >= MinRunOnOverlap && piece.EndsWith(head, StringComparison.Ordinal)) return line[(end + 1)..];
        }

        return line;
    }

    private const int MinRunOnOverlap = 10;

    private static IEnumerable<string> Fields(Article article)
    {
        yield return article.Title;
        foreach (var section in article.Sections)
        {
            if (section.Heading is not null) yield return section.Heading;
            foreach (var paragraph in section.Paragraphs) yield return paragraph;
            foreach (var image in section.Images)
            {
                if (image.Label is not null) yield return image.Label;
                if (image.Caption is not null) yield return image.Caption;
                if (image.Credit is not null) yield return image.Credit;
            }
        }

        foreach (var value in new[] { article.Author, article.Agency, article.Site, article.Url?.OriginalString })
        {
            if (value is not null) yield return value;
        }

        foreach (var link in article.Links) yield return link;
        foreach (var entry in article.Metadata)
        {
            yield return entry.Key;
            yield return entry.Value;
        }

        foreach (var item in article.Related)
        {
            yield return item.Title;
            if (item.Group is not null) yield return item.Group;
            if (item.Category is not null) yield return item.Category;
            if (item.Summary is not null) yield return item.Summary;
        }
    }

    private static HashSet<string> DateNumbers(Article article)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in article.Related.Select(r => r.Published).Append(article.Published).OfType<DateTimeOffset>())
        {
            foreach (var part in new[] { date.Year, date.Month, date.Day, date.Hour, date.Hour % 12 == 0 ? 12 : date.Hour % 12, date.Minute, date.Second })
            {
                numbers.Add(part.ToString(CultureInfo.InvariantCulture));
                numbers.Add(part.ToString("D2", CultureInfo.InvariantCulture));
            }

            numbers.Add(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        }

        return numbers;
    }

    /// <summary>Runs of letters and digits (whole code points).</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                token.Append(rune.ToString());
                continue;
            }

            if (token.Length > 0) yield return token.ToString();
            token.Clear();
        }

        if (token.Length > 0) yield return token.ToString();
    }
}
