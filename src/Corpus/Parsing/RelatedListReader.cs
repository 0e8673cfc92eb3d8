using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Corpus.Parsing;

/// <summary>
/// Reads the items of one recommendation list. Two printed shapes are known:
/// blocks (a headline printed twice, an optional category, a time line, an optional summary) and
/// one item per line (a headline with an optional time after it).
/// </summary>
internal sealed class RelatedListReader(SiteConventions conventions, List<ParseProblem> problems)
{
    [MethodImpl(Jit.ParseLoop)]
    public void Read(string? group, List<SourceLine> lines, List<RelatedArticle> into)
    {
        var items = lines.Select(StripBullet).ToList();
        if (items.Any(line => conventions.ItemTimeLine.IsMatch(line.Text))) ReadBlocks(group, items, into);
        else ReadLines(group, items, into);
    }

    [MethodImpl(Jit.ParseLoop)]
    private void ReadLines(string? group, List<SourceLine> lines, List<RelatedArticle> into)
    {
        string? previous = null;
        foreach (var line in lines)
        {
            var title = line.Text;
            System.DateTimeOffset? published = null;
            var timed = conventions.ItemInlineTime.Match(title);
            if (timed.Success)
            {
                title = timed.Groups["title"].Value;
                published = PrintedDate.Read(timed, line, conventions.Offset, problems);
            }

            title = Headline.Undouble(title, conventions);
            if (title == previous) continue; // printed twice on two lines
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
            var time = conventions.ItemTimeLine.Match(line.Text);
            if (!time.Success)
            {
                segment.Add(line);
                continue;
            }

            var (summary, title, category) = SplitSegment(segment, isFirst: pending is null);
            if (pending is not null) into.Add(pending with { Summary = summary });
            else if (summary is not null) into.Add(new RelatedArticle(group, summary, null, null, null));
            pending = new RelatedArticle(group, title ?? "", PrintedDate.Read(time, line, conventions.Offset, problems), category, null);
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
            var doubledOnOneLine = Headline.Undouble(text, conventions) != text;
            var doubledOnTwoLines = i + 1 < segment.Count && segment[i + 1].Text == text;
            if (!doubledOnOneLine && !doubledOnTwoLines) continue;

            var rest = doubledOnTwoLines ? i + 2 : i + 1;
            return (Join(segment.Take(i)), Headline.Undouble(text, conventions), Join(segment.Skip(rest)));
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
        foreach (var bullet in conventions.Bullets)
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
