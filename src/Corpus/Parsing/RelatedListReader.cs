using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Corpus.Parsing;

/// <summary>
/// Reads the items of one recommendation list. Two printed shapes are known:
/// blocks (a headline printed twice, an optional category, a time line, an optional summary) and
/// one item per line (a headline with an optional time after it).
/// </summary>
internal sealed class RelatedListReader(List<ParseProblem> problems)
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>A list item's time on a line of its own, e.g. <c>14:55:40 16/05/2025</c>.</summary>
    private static readonly TieredRegex ItemTimeLine = new(@"^(?<h>[0-9]{1,2}):(?<min>[0-9]{2}):(?<s>[0-9]{2})\s(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4})$", Options);

    /// <summary>A list item's time after its title, e.g. <c>… 12.06.2023 | 17:24 PM</c>.</summary>
    private static readonly TieredRegex ItemInlineTime = new(@"^(?<title>.+?)\s(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})\s?\|\s?(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(\s(?<ampm>AM|PM))?$", Options);

    /// <summary>Bullets that start list items.</summary>
    private static readonly string[] Bullets = ["- ", "• "];

    /// <summary>The items of a list headed <paramref name="group"/> (null: no heading) printed on <paramref name="lines"/>.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public List<RelatedArticle> Read(string? group, List<SourceLine> lines)
    {
        var into = new List<RelatedArticle>();
        var items = lines.Select(StripBullet).ToList();
        if (items.Any(line => ItemTimeLine.IsMatch(line.Text))) ReadBlocks(group, items, into);
        else ReadLines(group, items, into);
        return into;
    }

    [MethodImpl(Jit.ParseLoop)]
    private void ReadLines(string? group, List<SourceLine> lines, List<RelatedArticle> into)
    {
        string? previous = null;
        foreach (var line in lines)
        {
            var title = line.Text;
            System.DateTimeOffset? published = null;
            var timed = ItemInlineTime.Match(title);
            if (timed.Success)
            {
                title = timed.Groups["title"].Value;
                published = PrintedDate.Read(timed, line, PrintedDate.Vietnam, problems);
            }

            title = Headline.Undouble(title);
            if (title == previous && into.Count > 0)
            {
                // Printed twice on two lines: one item, with the time either printing gives; two times are two items.
                var last = into[into.Count - 1];
                if (published is null || published == last.Published) continue;
                if (last.Published is null)
                {
                    into[into.Count - 1] = last with { Published = published };
                    continue;
                }
            }

            previous = title;
            into.Add(new RelatedArticle(group, title, published, null, null));
        }
    }

    [MethodImpl(Jit.ParseLoop)]
    private void ReadBlocks(string? group, List<SourceLine> lines, List<RelatedArticle> into)
    {
        // Segments run up to each time line; a segment holds [previous item's summary…] headline×2 [category…].
        var segment = new List<SourceLine>();
        RelatedArticle? pending = null;
        foreach (var line in lines)
        {
            var time = ItemTimeLine.Match(line.Text);
            if (!time.Success)
            {
                segment.Add(line);
                continue;
            }

            var (summary, title, category) = SplitSegment(segment, isFirst: pending is null);
            if (pending is not null) into.Add(pending with { Summary = summary });
            else if (summary is not null) into.Add(new RelatedArticle(group, summary, null, null, null));
            pending = new RelatedArticle(group, title ?? "", PrintedDate.Read(time, line, PrintedDate.Vietnam, problems), category, null);
            segment.Clear();
        }

        if (pending is not null) into.Add(pending with { Summary = Join(segment) });
    }

    [MethodImpl(Jit.ParseLoop)]
    private (string? Summary, string? Title, string? Category) SplitSegment(List<SourceLine> segment, bool isFirst)
    {
        for (var i = 0; i < segment.Count; i++)
        {
            var text = segment[i].Text;
            var doubledOnOneLine = Headline.Undouble(text) != text;
            var doubledOnTwoLines = i + 1 < segment.Count && segment[i + 1].Text == text;
            if (!doubledOnOneLine && !doubledOnTwoLines) continue;

            var rest = doubledOnTwoLines ? i + 2 : i + 1;
            return (Join(segment.Take(i)), Headline.Undouble(text), Join(segment.Skip(rest)));
        }

        // No headline printed twice: the first line is the headline, unless a summary of the previous item precedes it.
        return segment.Count switch
        {
            0 => (null, null, null),
            1 => (null, segment[0].Text, null),
            _ when isFirst => (null, segment[0].Text, Join(segment.Skip(1))),
            _ => (segment[0].Text, segment[1].Text, Join(segment.Skip(2))),
        };
    }

    [MethodImpl(Jit.ParseLoop)]
    private SourceLine StripBullet(SourceLine line)
    {
        foreach (var bullet in Bullets)
        {
            if (line.Text.Length > bullet.Length && line.Text.StartsWith(bullet, System.StringComparison.Ordinal))
            {
                return line.WithText(line.Text.Substring(bullet.Length));
            }
        }

        return line;
    }

    [MethodImpl(Jit.ParseLoop)]
    private static string? Join(IEnumerable<SourceLine> lines)
    {
        var joined = string.Join(" ", lines.Select(line => line.Text));
        return joined.Length == 0 ? null : joined;
    }
}
