using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;

namespace Corpus.Parsing;

/// <summary>
/// Reads one page, line by line, into an <see cref="Article"/>. Every line is either the title, story text,
/// an image, metadata (dateline, byline, signature, source, address), an inline link, a recommendation list item,
/// or page furniture named in <see cref="SiteConventions"/>; text that matches no rule stays a paragraph.
/// </summary>
internal sealed class ArticleReader
{
    private readonly SiteConventions _rules;
    private readonly string _raw;
    private readonly List<SourceLine> _lines;
    private readonly List<ParseProblem> _problems = [];
    private readonly List<SectionBuilder> _sections = [new(null)];
    private readonly List<string> _links = [];
    private readonly List<RelatedArticle> _related = [];
    private readonly HashSet<string> _storyHeadingKeys = new(StringComparer.Ordinal);
    private readonly RelatedListReader _lists;
    private string _titleKey = "";
    private string? _author;
    private string? _agency;
    private string? _site;
    private Uri? _url;
    private DateTimeOffset? _published;
    private bool _signed;

    private ArticleReader(SiteConventions rules, string raw, CancellationToken cancellationToken)
    {
        _rules = rules;
        _raw = raw;
        _lines = SourceLine.SplitNonBlank(raw, cancellationToken);
        _lists = new RelatedListReader(rules, _problems);
    }

    public static ArticleParseResult Read(string id, string raw, SiteConventions rules, CancellationToken cancellationToken)
    {
        var reader = new ArticleReader(rules, raw, cancellationToken);
        var title = reader.ReadAll(cancellationToken);
        var sections = reader._sections.ConvertAll(section => section.Build());

        var article = new Article(
            id,
            title,
            new EquatableArray<Section>(sections),
            reader._author,
            reader._agency,
            reader._site,
            reader._url,
            reader._published,
            new EquatableArray<string>(reader._links),
            new EquatableArray<RelatedArticle>(reader._related),
            raw);
        return new ArticleParseResult(article, new EquatableArray<ParseProblem>(reader._problems));
    }

    [MethodImpl(Jit.ParseLoop)]
    private string ReadAll(CancellationToken cancellationToken)
    {
        if (_lines.Count == 0)
        {
            _problems.Add(new ParseProblem(ParseProblemKind.EmptyFile, 0, 0, 0, ""));
            return "";
        }

        if (IsBinary(_raw))
        {
            _problems.Add(new ParseProblem(ParseProblemKind.BinaryContent, 0, 0, 0, ""));
            return _lines[0].Text;
        }

        ReportMisdecodedText();

        var title = _lines[0];
        if (!TextCleaning.HasLetterOrDigit(title.Text))
        {
            _problems.Add(new ParseProblem(ParseProblemKind.NoTitle, title.Number, 0, title.PrintedLength, title.Text));
        }

        _titleKey = title.Key;
        FindStoryHeadings();

        var index = 1;
        while (index < _lines.Count)
        {
            if ((index & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            index = ReadStoryLine(index);
        }

        return title.Text;
    }

    /// <summary>Text files have few control characters; more than one in twenty (of the first 64K) means binary.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private static bool IsBinary(string raw)
    {
        var sample = Math.Min(raw.Length, 65536);
        if (sample < 32) return false;
        var controls = 0;
        for (var i = 0; i < sample; i++)
        {
            var c = raw[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) controls++;
        }

        return controls * 20 > sample;
    }

    private void ReportMisdecodedText()
    {
        var index = MisdecodedText.Find(_raw);
        if (index < 0) return;

        var (line, column) = SourceLine.Position(_raw, index);
        var sampleStart = Math.Max(index - column, index - 10);
        var sample = TextCleaning.Clean(_raw.Substring(sampleStart, Math.Min(30, _raw.Length - sampleStart)));
        _problems.Add(new ParseProblem(ParseProblemKind.MisdecodedText, line, column, 2, sample));
    }

    /// <summary>An aggregated page labels each story's images with that story's title: such a title, printed alone, is a heading.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private void FindStoryHeadings()
    {
        foreach (var line in _lines)
        {
            foreach (var pattern in _rules.ImageLabels)
            {
                var subject = pattern.Match(line.Text).Groups["subject"];
                if (!subject.Success) continue;
                var key = TextCleaning.Key(subject.Value);
                if (key.Length > 0 && key != _titleKey) _storyHeadingKeys.Add(key);
            }
        }
    }

    /// <summary>Reads the line at <paramref name="index"/> of the story part; returns the index of the next unread line.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private int ReadStoryLine(int index)
    {
        var line = _lines[index];
        var text = line.Text;

        if (_rules.ListHeadings.Contains(text)) return ReadLists(text, index + 1);
        if (_rules.ClosingWidgets.TryGetValue(text, out var answers)) return ReadLists(null, SkipAnswers(index + 1, answers));
        if (IsFurniture(line)) return index + 1;

        // Metadata lines fill a field once; a later line that disagrees stays a paragraph so no text is lost.
        Match match;
        if ((match = _rules.Dateline.Match(text)).Success && _published is null && Agrees(_agency, match.Groups["agency"].Value))
        {
            _agency = match.Groups["agency"].Value;
            _published = PrintedDate.Read(match, line, _rules.Offset, _problems);
            return index + 1;
        }

        if ((match = _rules.Signature.Match(text)).Success && Agrees(_agency, match.Groups["agency"].Value))
        {
            _agency = match.Groups["agency"].Value;
            _signed = true;
            return index + 1;
        }

        if ((match = _rules.Byline.Match(text)).Success && Agrees(_author, match.Groups["author"].Value) && Agrees(_agency, match.Groups["agency"].Value))
        {
            _author = match.Groups["author"].Value;
            _agency = match.Groups["agency"].Value;
            _signed = true;
            return index + 1;
        }

        if (TryReadSourceOrAddress(text))
        {
            _signed = true;
            return index + 1;
        }

        if ((match = _rules.InlineLink.Match(text)).Success)
        {
            _links.Add(match.Groups["headline"].Value.Trim());
            return index + 1;
        }

        if (TryReadLabelledImage(index, out var next)) return next;

        if (_storyHeadingKeys.Contains(line.Key))
        {
            _sections.Add(new SectionBuilder(text));
            return index + 1;
        }

        if (TryReadTeaser(index, out next)) return next;

        var unlabelled = ReadUnlabelledCaption(text);
        if (unlabelled is not null)
        {
            CurrentSection.Images.Add(unlabelled);
            return index + 1;
        }

        CurrentSection.Paragraphs.Add(WithoutEndMark(text));
        return index + 1;
    }

    /// <summary>
    /// Reads recommendation lists from <paramref name="start"/>; <paramref name="group"/> is the heading of the list
    /// that starts there (<see langword="null"/> for a list printed without one). Lists run to the end of the page.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    private int ReadLists(string? group, int start)
    {
        var items = new List<SourceLine>();
        var index = start;
        for (; index < _lines.Count; index++)
        {
            var text = _lines[index].Text;
            if (_rules.ListHeadings.Contains(text))
            {
                _lists.Read(group, items, _related);
                items.Clear();
                group = text;
            }
            else if (_rules.ClosingWidgets.TryGetValue(text, out var answers))
            {
                _lists.Read(group, items, _related);
                items.Clear();
                group = null;
                index = SkipAnswers(index + 1, answers) - 1;
            }
            else if (!IsFurniture(_lines[index]) && !TryReadSourceOrAddress(text))
            {
                items.Add(_lines[index]);
            }
        }

        _lists.Read(group, items, _related);
        return index;
    }

    private int SkipAnswers(int index, string[] answers)
    {
        while (index < _lines.Count && Array.IndexOf(answers, _lines[index].Text) >= 0) index++;
        return index;
    }

    /// <summary>Furniture: the conventions' chrome lines, and the title printed again.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private bool IsFurniture(SourceLine line) =>
        _rules.ChromeLines.Contains(line.Text) || line.Key == _titleKey;

    /// <summary>
    /// "Theo example.vn" gives the site (another name, the agency); an address alone gives the article's URL.
    /// A line that disagrees with what an earlier one gave is not consumed.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    private bool TryReadSourceOrAddress(string text)
    {
        var source = _rules.SourceLine.Match(text);
        if (source.Success)
        {
            var name = source.Groups["source"].Value;
            var host = _rules.Host.Match(name);
            if (host.Success) return Fill(ref _site, host.Groups["host"].Value.ToLowerInvariant());
            return Fill(ref _agency, name);
        }

        if (!_rules.Url.IsMatch(text) || !Uri.TryCreate(text, UriKind.Absolute, out var url)) return false;
        if (_url is not null) return _url.OriginalString == url.OriginalString;

        _url = url;
        var siteHost = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host.Substring(4) : url.Host;
        _site ??= siteHost.ToLowerInvariant();
        return true;
    }

    private static bool Agrees(string? current, string value) => current is null || current == value;

    private static bool Fill(ref string? field, string value)
    {
        if (!Agrees(field, value)) return false;
        field = value;
        return true;
    }

    /// <summary>An image label, with its caption glued to it or on the next line.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private bool TryReadLabelledImage(int index, out int next)
    {
        next = index + 1;
        foreach (var pattern in _rules.ImageLabels)
        {
            var match = pattern.Match(_lines[index].Text);
            if (!match.Success) continue;

            var caption = match.Groups["caption"].Success ? match.Groups["caption"].Value.Trim() : "";
            if (caption.Length == 0 && next < _lines.Count && !IsStructural(_lines[next]))
            {
                caption = _lines[next].Text;
                next++;
            }

            var (text, credit) = SplitCredit(caption, labelled: true);
            CurrentSection.Images.Add(new Image(match.Groups["label"].Value, text, credit));
            return true;
        }

        return false;
    }

    /// <summary>A line that has a role of its own and so cannot be the caption of the label before it.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private bool IsStructural(SourceLine line)
    {
        var text = line.Text;
        if (_rules.ListHeadings.Contains(text) || _rules.ClosingWidgets.ContainsKey(text) || IsFurniture(line)) return true;
        if (_storyHeadingKeys.Contains(line.Key)) return true;
        if (_rules.InlineLink.IsMatch(text) || _rules.Url.IsMatch(text)) return true;
        foreach (var pattern in _rules.ImageLabels)
        {
            if (pattern.IsMatch(text)) return true;
        }

        return false;
    }

    /// <summary>A caption printed with no label: it ends with a photo credit, or it is short and names positions in the photo.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private Image? ReadUnlabelledCaption(string text)
    {
        var (caption, credit) = SplitCredit(text, labelled: false);
        if (credit is not null) return new Image(null, caption, credit);
        if (text.Length <= _rules.MaxCueCaptionLength && _rules.CaptionCue.IsMatch(text)) return new Image(null, text, null);
        return null;
    }

    [MethodImpl(Jit.ParseLoop)]
    private (string? Caption, string? Credit) SplitCredit(string caption, bool labelled)
    {
        foreach (var pattern in labelled ? _rules.AllCaptionCredits : _rules.CaptionCredits)
        {
            var match = pattern.Match(caption);
            if (!match.Success) continue;
            var text = match.Groups["caption"].Value.Trim();
            return (text.Length == 0 ? null : text, match.Groups["credit"].Value.Trim());
        }

        return (caption.Length == 0 ? null : caption, null);
    }

    /// <summary>
    /// A headline printed twice (glued, or on two lines) outside any list: a stand-alone teaser. Once the story has
    /// been signed (byline, signature or source line), the line after it is its summary.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    private bool TryReadTeaser(int index, out int next)
    {
        var text = _lines[index].Text;
        var single = Headline.Undouble(text, _rules);
        next = index + 1;
        if (single == text)
        {
            if (next >= _lines.Count || _lines[next].Text != text || text.Length < _rules.MinDoubledHeadlineLength) return false;
            next++;
        }

        string? summary = null;
        if (_signed && next < _lines.Count && !IsStructural(_lines[next]))
        {
            summary = _lines[next].Text;
            next++;
        }

        _related.Add(new RelatedArticle(null, single, null, null, summary));
        return true;
    }

    [MethodImpl(Jit.ParseLoop)]
    private string WithoutEndMark(string text) =>
        text.EndsWith(_rules.EndMark, StringComparison.Ordinal) && text.Length > _rules.EndMark.Length
            ? text.Substring(0, text.Length - _rules.EndMark.Length + 1)
            : text;

    private SectionBuilder CurrentSection => _sections[_sections.Count - 1];

    private sealed class SectionBuilder(string? heading)
    {
        public string? Heading { get; } = heading;
        public List<string> Paragraphs { get; } = [];
        public List<Image> Images { get; } = [];

        public Section Build() => new(Heading, new EquatableArray<string>(Paragraphs), new EquatableArray<Image>(Images));
    }
}
