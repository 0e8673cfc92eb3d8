using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Corpus.Parsing.Rules;
using Corpus.Parsing.Text;

namespace Corpus.Parsing.Reading;

/// <summary>
/// Classifies a page into pieces: the header, the headline, then each line of the story as a whole (by the rules
/// for whole lines, highest precedence first) or, when no rule claims it, sentence by sentence (by the rules for
/// sentence starts), then the story's closing text (bylines, sources, credits), then the recommendation lists.
/// What no rule claims is story text. <see cref="ArticleFold"/> turns the pieces into an <see cref="Article"/>.
/// </summary>
internal sealed partial class PageReader
{
    /// <summary>The longest first line taken as a headline by its shape alone.</summary>
    private const int MaxHeadlineLength = 250;

    /// <summary>
    /// The most words of a first line closed by a full stop taken as the headline: headlines run to 20 words or fewer,
    /// while the story's first sentence, where a scrape dropped the headline, mostly runs longer.
    /// </summary>
    private const int MaxClosedHeadlineWords = 20;

    /// <summary>The most sentences of a sapo, the lead printed as a paragraph of its own before the story's photos.</summary>
    private const int MaxSapoSentences = 3;

    /// <summary>How far down the file front matter may close.</summary>
    private const int MaxFrontMatterLines = 100;

    /// <summary>How much of the story's last text the closing rules look at: bylines and sources are short.</summary>
    private const int MaxClosingLength = 200;

    /// <summary>How many pieces behind one another the closing rules may claim within one sentence (byline, source, credit).</summary>
    private const int MaxClosingDepth = 3;

    /// <summary>How many line numbers a page's summary printed after its story lies below the story's last line: two blank lines between.</summary>
    private const int MinSummaryGap = 3;

    /// <summary>The longest sentence a credit opening the next sentence takes as its caption.</summary>
    private const int MaxCaptionLength = 300;

    /// <summary>
    /// The most sentences a caption line holds ('… phong cảnh đẹp. Trong ảnh là …'): a longer line ending in a credit
    /// is story with a photo's caption glued at its end, read sentence by sentence so the story stays text.
    /// </summary>
    private const int MaxCaptionSentences = 2;

    /// <summary>The fewest letters and digits a URL slug needs to decide whether the first line is the headline.</summary>
    private const int MinSlugLength = 12;

    /// <summary>The share of a slug's words a headline rewritten after its address was made still holds.</summary>
    private const double MinSlugWordsKept = 0.6;

    /// <summary>The share of a rewritten headline's own words that come from its address's slug.</summary>
    private const double MinWordsFromSlug = 0.5;

    /// <summary>The fewest sentences a line holds to read as a story's paragraph inside a box of links (an item's title holds one).</summary>
    private const int MinParagraphSentences = 2;

    private const string FrontMatterFence = "---";

    /// <summary>Characters of spacing and punctuation a line may have beyond twice its key's length.</summary>
    private const int KeySlack = 16;

    /// <summary>The end mark some agencies print after a story's last sentence.</summary>
    private const string EndMarkText = "./.";

    private static readonly TieredRegex ItemSeparator = new(@"\s[-–|•]\s|;\s|\s•", RegexOptions.CultureInvariant);

    private static readonly TieredRegex FrontMatterLine = new(
        @"^(?<key>[\p{L}_][\p{L}\p{M}\p{Nd}_\-.]*)\s?:\s?(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private readonly RuleSet _ruleSet;
    private readonly string _raw;
    private readonly List<SourceLine> _lines;
    private readonly List<ParseProblem> _problems = [];
    private readonly List<Piece> _pieces = [];
    private readonly List<int> _starts = [];
    private readonly List<int> _sentenceStarts = [];
    private readonly List<CompiledRule> _candidates = [];

    /// <summary>What each test for lines (<see cref="RuleView.InsideLineGates"/>) said of the line <see cref="ScanLine"/> reads.</summary>
    private LineGateResult[] _lineGates = [];

    private enum LineGateResult : byte
    {
        NotRun,
        Passed,
        Failed,
    }

    private readonly HashSet<string> _storyHeadingKeys = new(StringComparer.Ordinal);

    /// <summary>The first characters of <see cref="_storyHeadingKeys"/>: a line's key is built only when it opens with one.</summary>
    private string _storyHeadingInitials = "";

    private readonly HashSet<string> _timedOut = new(StringComparer.Ordinal);
    private RuleView _rules = null!;
    private string _titleKey = "";
    private int _shortestHeadingKey = int.MaxValue;
    private int _longestHeadingKey;
    private string? _headerTitle;
    private Uri? _headerUrl;
    private Piece? _pendingLabel;
    private bool _bodySeen;
    private bool? _spacesMarkLinks;

    /// <summary>
    /// The number of the page's last line when blank lines set it off more widely than any other (a summary printed
    /// after the story may open with its outlet, as the lead does); -1 otherwise.
    /// </summary>
    private int _setOffLastLine = -1;

    /// <summary>Whether the page printed its headline (a header's title is not one): rules for the lines under it apply.</summary>
    private bool _headlineRead;
    private bool _signed;
    private int _storyEnd = -1;

    private PageReader(RuleSet rules, string raw, CancellationToken cancellationToken)
    {
        _ruleSet = rules;
        _raw = raw;
        _lines = SourceLine.SplitNonBlank(raw, out _plainText, cancellationToken);
    }

    /// <summary>Whether the split found every line clean and broken at CR or LF only: no control character, so no binary file's.</summary>
    private readonly bool _plainText;

    /// <summary>The page's title ("" when it prints none).</summary>
    public string Title { get; private set; } = "";

    /// <summary>Every piece, in page order.</summary>
    public List<Piece> Pieces => _pieces;

    /// <summary>What was found wrong on the way.</summary>
    public List<ParseProblem> Problems => _problems;

    /// <summary>Whether the file was rejected as a whole (binary): nothing else was read.</summary>
    public bool IsBinary { get; private set; }

    public static PageReader Read(string raw, RuleSet rules, CancellationToken cancellationToken)
    {
        var reader = new PageReader(rules, raw, cancellationToken);
        reader.ReadAll(cancellationToken);
        return reader;
    }

    [MethodImpl(Jit.ParseLoop)]
    private void ReadAll(CancellationToken cancellationToken)
    {
        // Binary first: control characters clean away to nothing, so a binary file can look empty.
        if (!_plainText && ArticleFiles.IsBinary(_raw))
        {
            IsBinary = true;
            _problems.Add(new ParseProblem(ParseProblemKind.BinaryContent, 0, 0, 0, ""));
            Title = _lines.Count > 0 ? _lines[0].Text : "";
            return;
        }

        if (_lines.Count == 0)
        {
            _problems.Add(new ParseProblem(ParseProblemKind.EmptyFile, 0, 0, 0, ""));
            return;
        }

        ReportMisdecodedText();
        var index = ReadHeader();
        _rules = _ruleSet.For(FindSite(index));
        _lineGates = new LineGateResult[_rules.LineGateCount];
        index = ReadAboveHeadline(index);
        index = ReadTitle(index);
        FindStoryHeadings(index);
        _setOffLastLine = SetOffLastLine();

        while (index < _lines.Count)
        {
            if ((index & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            index = ReadStoryLine(index);
        }

        if (_storyEnd < 0) _storyEnd = _pieces.Count;
        ClaimCopiedCaptions();
        ClaimCaptionLines();
        ClaimOpeningCaption();
        ClaimClosing();
        ClaimAnnouncedGallery();
        ClaimSubheadings();
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

    // ---- Header ----

    /// <summary>Reads front matter and '# key = value' lines at the top; returns the index of the first line after them.</summary>
    private int ReadHeader()
    {
        var all = _ruleSet.For(null);
        var index = 0;
        var frontMatter = all.Structural(BuiltInRules.FrontMatter);
        if (frontMatter is not null && _lines[0].Text == FrontMatterFence)
        {
            var close = -1;
            for (var i = 1; i < Math.Min(_lines.Count, MaxFrontMatterLines); i++)
            {
                if (_lines[i].Text != FrontMatterFence) continue;
                close = i;
                break;
            }

            if (close > 0)
            {
                Add(PieceKind.Chrome, frontMatter, _lines[0]);
                for (var i = 1; i < close; i++)
                {
                    var match = FrontMatterLine.Match(_lines[i].Text);
                    AddHeader(frontMatter, _lines[i], match.Success ? match : null);
                }

                Add(PieceKind.Chrome, frontMatter, _lines[close]);
                index = close + 1;
            }
        }

        while (index < _lines.Count && TryReadHeaderLine(all, _lines[index])) index++;
        return index;
    }

    private bool TryReadHeaderLine(RuleView rules, SourceLine line)
    {
        foreach (var rule in rules.Header)
        {
            if (rule.IsStructural || !rule.MayMatchLine(line)) continue;
            var match = Run(rule, rule.Whole!, line.Text, 0);
            if (!match.Success) continue;
            AddHeader(rule, line, match);
            return true;
        }

        return false;
    }

    private void AddHeader(CompiledRule rule, SourceLine line, Match? match)
    {
        var piece = Add(PieceKind.MetadataHeader, rule, line, 0, line.Text.Length, match);
        var key = piece.Group("key");
        var value = piece.Group("value");
        if (key is null || value is null) return;
        switch (HeaderFields.Of(key))
        {
            case HeaderFields.Field.Title:
                _headerTitle ??= value;
                break;
            case HeaderFields.Field.Url when _headerUrl is null && Uri.TryCreate(value, UriKind.Absolute, out var url):
                _headerUrl = url;
                break;
        }
    }

    /// <summary>The host the page names (header address or site, or an address printed alone), which scopes site rules.</summary>
    private string? FindSite(int headerEnd)
    {
        for (var i = 0; i < headerEnd; i++)
        {
            var piece = _pieces.Find(p => p.Line == _lines[i]);
            var key = piece?.Group("key");
            var value = piece?.Group("value");
            if (key is null || value is null) continue;
            if (HeaderFields.Of(key) == HeaderFields.Field.Site) return value.ToLowerInvariant();
        }

        if (_headerUrl is not null) return Hosts.Of(_headerUrl);
        foreach (var line in _lines)
        {
            if (line.Text.Length > 8 && line.Text[0] == 'h' && line.Text.StartsWith("http", StringComparison.Ordinal) && line.Text.IndexOf(' ') < 0
                && Uri.TryCreate(line.Text, UriKind.Absolute, out var printed))
            {
                return Hosts.Of(printed);
            }
        }

        return null;
    }

    // ---- Headline ----

    /// <summary>
    /// Reads the page's furniture above its headline: whole lines the rules for the opening lines claim as a dateline
    /// or chrome (the date printed above the headline, a breadcrumb). Returns the index of the first line they leave.
    /// </summary>
    private int ReadAboveHeadline(int index)
    {
        while (index < _lines.Count && TryReadAboveHeadline(_lines[index])) index++;
        return index;
    }

    [MethodImpl(Jit.ParseLoop)]
    private bool TryReadAboveHeadline(SourceLine line)
    {
        foreach (var rule in _rules.Lines)
        {
            if (rule.IsStructural || rule.Hints.UnderHeadline || rule.Kind is not (PieceKind.Dateline or PieceKind.Chrome)
                || (rule.Placement & RulePlacement.Opening) == 0 || !rule.MayMatchLine(line)) continue;
            var match = Run(rule, rule.Whole!, line.Text, 0);
            if (!match.Success) continue;
            Add(rule.Kind, rule, line, 0, line.Text.Length, match);
            return true;
        }

        return false;
    }

    private int ReadTitle(int index)
    {
        if (_headerTitle is not null)
        {
            Title = _headerTitle;
            _titleKey = TextCleaning.Key(_headerTitle);
            return index;
        }

        if (index >= _lines.Count) return index;
        var line = _lines[index];
        foreach (var rule in _rules.Lines)
        {
            if (rule.Kind != PieceKind.Headline || rule.IsStructural || !rule.MayMatchLine(line)) continue;
            var match = Run(rule, rule.Whole!, line.Text, 0);
            if (!match.Success) continue;
            var piece = Add(PieceKind.Headline, rule, line, 0, line.Text.Length, match);
            return TakeTitle(piece.Group("title") ?? line.Text, index);
        }

        var headline = _rules.Structural(BuiltInRules.Headline);
        if (headline is null || !IsHeadline(line)) return ReadHeadlineWithFullStop(line, index);
        Add(PieceKind.Headline, headline, line);
        if (!TextCleaning.HasLetterOrDigit(line.Text))
        {
            _problems.Add(new ParseProblem(ParseProblemKind.NoTitle, line.Number, 0, line.PrintedLength, line.Text));
        }

        return TakeTitle(line.Text, index);
    }

    /// <summary>
    /// The first line as a headline closed by a full stop (<see cref="BuiltInRules.HeadlineWithFullStop"/>), on a page
    /// with no header (a header's address decides a headline by its slug); the title leaves the full stop out.
    /// </summary>
    private int ReadHeadlineWithFullStop(SourceLine line, int index)
    {
        var rule = _rules.Structural(BuiltInRules.HeadlineWithFullStop);
        var text = line.Text;
        if (rule is null || _pieces.Exists(piece => piece.Kind == PieceKind.MetadataHeader) || text.Length < 2 || text[text.Length - 1] != '.') return index;
        var title = text.Substring(0, text.Length - 1).TrimEnd();
        if (title.Length == 0 || title[title.Length - 1] is '.' or ',' or ':' or ';' || CaptionLines.Words(title) > MaxClosedHeadlineWords
            || !(CaptionLines.OpensFreely(title) || OpensWithLabel(title)) || !HasHeadlineShape(line.WithText(title))) return index;
        Add(PieceKind.Headline, rule, line);
        return TakeTitle(title, index);
    }

    /// <summary>
    /// Whether <paramref name="title"/> opens with a headline's label, a few words and a colon before a capital ('Từ 12/2:
    /// Bán ô tô…'): a story sentence goes on after such words with a comma ('Từ 12/2, bán xe…').
    /// </summary>
    private static bool OpensWithLabel(string title)
    {
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && colon + 2 < title.Length && CharKinds.IsUpper(title[colon + 2]) && CaptionLines.Words(title.Substring(0, colon)) <= MaxHeadlineLabelWords;
    }

    /// <summary>The most words of a headline's label before its colon ('Từ 12/2', 'Chuyện thật như đùa').</summary>
    private const int MaxHeadlineLabelWords = 4;

    private int TakeTitle(string title, int index)
    {
        _headlineRead = true;
        Title = title;
        _titleKey = TextCleaning.Key(title);
        return index + 1;
    }

    /// <summary>
    /// Whether the first line is the headline. The page's own address (from its header) decides when its slug spells
    /// a headline: the line is the headline when it spells the same, or when it has a headline's shape and rewords the
    /// slug (editors rewrite a headline after its address is made: most of the slug's words are still in it, and most
    /// of its words come from the slug). Otherwise the line's shape decides.
    /// </summary>
    private bool IsHeadline(SourceLine line)
    {
        var text = line.Text;
        if (!TextCleaning.HasLetterOrDigit(text)) return true;

        var slug = _headerUrl is null ? null : SlugWords(_headerUrl);
        if (slug is null) return HasHeadlineShape(line);

        var key = TextCleaning.Key(text);
        var spelled = key.Replace(" ", "");
        var slugSpelled = string.Concat(slug);
        if (spelled == slugSpelled || spelled.StartsWith(slugSpelled, StringComparison.Ordinal)) return true;
        return RewordsSlug(key, slug) && HasHeadlineShape(line);
    }

    /// <summary>
    /// One sentence, no closing full stop or colon, not too long, and no other rule's (a caption, a credit, a byline).
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    private bool HasHeadlineShape(SourceLine line)
    {
        var text = line.Text;
        if (text.Length > MaxHeadlineLength || text.EndsWith(":", StringComparison.Ordinal)) return false;
        if (text.EndsWith(".", StringComparison.Ordinal) && !text.EndsWith("..", StringComparison.Ordinal)) return false;
        SentenceSplitter.Starts(text, _starts);
        if (_starts.Count > 1) return false;

        foreach (var rule in _rules.Lines)
        {
            if (rule.IsStructural || rule.Hints.UnderHeadline || rule.Kind is PieceKind.Body or PieceKind.Headline or PieceKind.MetadataHeader) continue;
            if ((rule.Placement & (RulePlacement.Anywhere | RulePlacement.Opening)) == 0 || !rule.MayMatchLine(line)) continue;
            if (Run(rule, rule.Whole!, text, 0).Success) return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a line (its <see cref="TextCleaning.Key"/>) keeps at least <see cref="MinSlugWordsKept"/> of the slug's
    /// words, and at least <see cref="MinWordsFromSlug"/> of its own words are the slug's.
    /// </summary>
    private static bool RewordsSlug(string key, IReadOnlyList<string> slug)
    {
        var words = new HashSet<string>(key.Split(' '), StringComparer.Ordinal);
        var slugWords = new HashSet<string>(slug, StringComparer.Ordinal);
        var shared = 0;
        foreach (var word in words)
        {
            if (slugWords.Contains(word)) shared++;
        }

        return shared >= MinSlugWordsKept * slugWords.Count && shared >= MinWordsFromSlug * words.Count;
    }

    /// <summary>
    /// The words of the headline an address spells, folded as <see cref="TextCleaning.Key"/> folds them
    /// (<c>…/messi-gay-tranh-cai-20201101.htm</c> gives <c>messi gay tranh cai</c>): its last path segment of three or
    /// more hyphenated words, extension and trailing numeric ids dropped; null when it spells none.
    /// </summary>
    internal static IReadOnlyList<string>? SlugWords(Uri url)
    {
        var segments = url.AbsolutePath.Split('/');
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            var segment = Uri.UnescapeDataString(segments[i]);
            var dot = segment.LastIndexOf('.');
            if (dot > 0) segment = segment.Substring(0, dot);
            var words = new List<string>(segment.Split('-'));
            while (words.Count > 0 && IsNumber(words[words.Count - 1])) words.RemoveAt(words.Count - 1);
            if (words.Count < 3) continue;
            var slug = TextCleaning.Key(string.Join(" ", words)).Split(' ');
            return string.Concat(slug).Length >= MinSlugLength ? slug : null;
        }

        return null;
    }

    private static bool IsNumber(string word)
    {
        if (word.Length == 0) return true;
        foreach (var c in word)
        {
            if (c is < '0' or > '9') return false;
        }

        return true;
    }

    /// <summary>An aggregated page labels each story's images with that story's title: such a title, printed alone, is a heading.</summary>
    private void FindStoryHeadings(int from)
    {
        if (_rules.Structural(BuiltInRules.StoryHeading) is null) return;
        for (var i = from; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var text = line.Text;
            foreach (var rule in _rules.ImageLabels)
            {
                if (!rule.MayMatchLine(line)) continue;
                var subject = Run(rule, rule.Whole!, text, 0).Groups["subject"];
                if (!subject.Success) continue;
                var key = TextCleaning.Key(subject.Value);
                if (key.Length == 0 || key == _titleKey || !_storyHeadingKeys.Add(key)) continue;
                if (_storyHeadingInitials.IndexOf(key[0]) < 0) _storyHeadingInitials += key[0];
                _shortestHeadingKey = Math.Min(_shortestHeadingKey, key.Length);
                _longestHeadingKey = Math.Max(_longestHeadingKey, key.Length);
            }
        }
    }

    // ---- Lines broken at links ----

    /// <summary>Words that never end a sentence: a line ending in one goes on in the next line.</summary>
    private static readonly HashSet<string> WordsNeedingMore = new(RuleGrammar.WordsNeedingMore, StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest link text read as part of a sentence broken around it: a name or a few words, never a paragraph.</summary>
    private const int LongestLinkText = 80;

    private static readonly int LongestWordNeedingMore = RuleGrammar.WordsNeedingMore.Max(word => word.Length);

    /// <summary>Whether the word at <paramref name="start"/> is (or holds) a web address: an address line is never part of a broken sentence.</summary>
    private static bool IsAddress(string text, int start) =>
        text.IndexOf("://", start, StringComparison.Ordinal) >= 0 || string.CompareOrdinal(text, start, "www.", 0, 4) == 0;

    /// <summary>
    /// The story line at <paramref name="index"/>, which no whole-line rule claimed, read as one with the lines after it
    /// that a scraper broke off at a link (and that no whole-line rule claims either); <paramref name="index"/> moves to
    /// the last line taken.
    /// </summary>
    private SourceLine JoinBrokenLines(SourceLine line, ref int index)
    {
        if (_rules.Structural(BuiltInRules.BrokenLines) is null) return line;

        // Checks look at the last line taken and a count of quotation marks kept as lines are taken, never the whole
        // joined text: a page of thousands of broken lines stays linear. The marks are counted only once a line ends
        // or opens with one.
        var tail = line.Text;
        var tailLine = line;
        var tailIsLinkText = false;
        QuoteCount? quotes = null;
        StringBuilder? joined = null;
        var lastNumber = line.Number;
        while (index + 1 < _lines.Count && _lines[index + 1].Number == lastNumber + 1)
        {
            var nextLine = _lines[index + 1];
            if (quotes is null && (tail[tail.Length - 1] is '"' or '“' || nextLine.Text[0] is '"' or '”'))
            {
                quotes = QuoteCount.Of(joined?.ToString() ?? line.Text);
            }

            var quoteOpen = quotes?.IsOpen ?? false;
            if (!(IsBrokenBefore(tail, quoteOpen, nextLine.Text) || IsBrokenBeforeLinkText(tailLine, index + 1, quoteOpen)
                    || (tailIsLinkText && GoesOnAfterLinkText(nextLine)))
                || IsClaimedWhole(nextLine)) break;
            var next = nextLine.Text;
            tailIsLinkText = (tailLine.EndsWithSpace || nextLine.StartsWithSpace) && next.Length <= LongestLinkText && !EndsClosed(next);
            index++;
            lastNumber++;
            joined ??= new StringBuilder(line.Text);
            if (!(next[0] is ',' or ';' or ':' or ')' || OpensQuoteAtEnd(tail, quoteOpen) || ClosesQuote(next) || IsClosingMarks(next))) joined.Append(' ');
            joined.Append(next);
            quotes = quotes?.Add(next);
            tail = next;
            tailLine = nextLine;
        }

        if (joined is null) return line;

        // The joined line stands in for the last line it took, so 'the page's last line' still finds it.
        var whole = line.WithText(joined.ToString());
        _lines[index] = whole;
        return whole;
    }

    /// <summary>
    /// Whether a line ending with <paramref name="text"/> (its last line, when joined already) was broken before
    /// <paramref name="next"/>, the text of the very next line of the file; <paramref name="quoteOpen"/> tells whether
    /// the line leaves a quotation open.
    /// </summary>
    private static bool IsBrokenBefore(string text, bool quoteOpen, string next)
    {
        // A quotation set apart as a block is printed with its marks on lines of their own: '"', the words, '" - ông A nói.'
        if (OpensQuoteAtEnd(text, quoteOpen) || (quoteOpen && ClosesQuote(next)) || IsClosingMarks(next)) return true;
        if (EndsClosed(text)) return false;
        var lastWord = text.LastIndexOf(' ') + 1;
        if (IsAddress(text, lastWord)) return false;
        var first = next[0];
        if (CharKinds.IsLower(first)) return !IsAddress(next, 0) && !SentenceOpenings.OpensWithListMarker(next);
        if (first is ',' or ';' or ':' or ')') return true;
        return text.Length - lastWord <= LongestWordNeedingMore && WordsNeedingMore.Contains(text.Substring(lastWord));
    }

    /// <summary>Whether <paramref name="text"/> ends with punctuation that closes a sentence, a clause or a quotation.</summary>
    private static bool EndsClosed(string text) =>
        text[text.Length - 1] is '.' or '!' or '?' or '…' or ':' or ';' or '"' or '”' or '’' or ')' or ']' or '»';

    /// <summary>
    /// Whether the line at <paramref name="linkIndex"/> is a link's text that a scraper printed on a line of its own,
    /// in the middle of the sentence <paramref name="before"/> began: <paramref name="before"/> ends open, with the
    /// file's space still after its last word; the link's text is a few words, unclosed; and the line after it goes on
    /// with the sentence, the space kept at that break too (<c>chiếc siêu xe␠ ⏎ Porsche 911 ⏎ ␠thế hệ mới …</c>). The
    /// sentence's rest, and a space at both breaks, tell a link from a caption or a subheading printed with a space
    /// after it and a short line broken before the next.
    /// </summary>
    private bool IsBrokenBeforeLinkText(SourceLine before, int linkIndex, bool quoteOpen)
    {
        if (!before.EndsWithSpace || EndsClosed(before.Text) || linkIndex + 1 >= _lines.Count || !SpacesMarkLinks()) return false;
        var link = _lines[linkIndex];
        var rest = _lines[linkIndex + 1];
        var text = link.Text;
        if (rest.Number != link.Number + 1 || !(link.EndsWithSpace || rest.StartsWithSpace) || text.Length > LongestLinkText || EndsClosed(text))
        {
            return false;
        }

        if (IsAddress(before.Text, before.Text.LastIndexOf(' ') + 1) || IsAddress(text, 0) || SentenceOpenings.OpensWithListMarker(text)) return false;
        return IsBrokenBefore(text, quoteOpen, rest.Text) && !IsClaimedWhole(rest);
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on with the sentence after a link's text that was taken into it across a
    /// break with a space: it opens with the space the scraper kept after the link, whatever its first letter
    /// (<c>dòng ⏎ ␠xe Mercedes V-Class ⏎ ␠Marco Polo đã …</c>), and is no address, bullet or list item.
    /// </summary>
    private bool GoesOnAfterLinkText(SourceLine next)
    {
        var text = next.Text;
        return next.StartsWithSpace && !IsAddress(text, 0) && !SentenceOpenings.OpensWithBullet(text) && !SentenceOpenings.OpensWithListMarker(text)
            && SpacesMarkLinks();
    }

    /// <summary>
    /// Whether a space at a line's start or end can mark where a link was: not on a page that indents most of its
    /// lines, or leaves a space after most of them, where a space says nothing.
    /// </summary>
    private bool SpacesMarkLinks()
    {
        if (_spacesMarkLinks is { } known) return known;
        var (opening, closing) = (0, 0);
        foreach (var line in _lines)
        {
            if (line.StartsWithSpace) opening++;
            if (line.EndsWithSpace) closing++;
        }

        _spacesMarkLinks = opening * 2 <= _lines.Count && closing * 2 <= _lines.Count;
        return _spacesMarkLinks.Value;
    }

    /// <summary>Whether <paramref name="text"/> ends with a quotation mark that opens a quotation: alone on its line, or after a space.</summary>
    private static bool OpensQuoteAtEnd(string text, bool quoteOpen)
    {
        var last = text.Length - 1;
        return text[last] is '"' or '“' && (last == 0 || text[last - 1] == ' ') && (text[last] == '“' || quoteOpen);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is only the marks that close the sentence before it, ending in its full stop
    /// ('.', "'.", '".'): text split into a sentence a line breaks '… khỏi nhà tôi!'.' after the '!' inside the
    /// quotation. A quotation mark alone may open a quotation set apart, so it is no such line.
    /// </summary>
    private static bool IsClosingMarks(string line)
    {
        if (line.Length > MaxClosingMarks || line[line.Length - 1] is not ('.' or '!' or '?')) return false;
        for (var index = 0; index < line.Length - 1; index++)
        {
            if (line[index] is not ('"' or '\'' or '”' or '’' or ')' or ']' or '»')) return false;
        }

        return true;
    }

    /// <summary>The longest line of closing marks: two quotation marks or brackets and a full stop.</summary>
    private const int MaxClosingMarks = 3;

    /// <summary>Whether <paramref name="next"/> opens with the closing quotation mark of a quotation begun on the lines before it ('" - ông A nói.', '".').</summary>
    private static bool ClosesQuote(string next) =>
        next[0] is '"' or '”' && (next.Length == 1 || next[1] is ' ' or '.' or ',' or ';' or ':' or '!' or '?');

    /// <summary>The quotation marks of a run of lines: straight ones, and curly opening ones less closing ones.</summary>
    private readonly record struct QuoteCount(int Straight, int CurlyOpen)
    {
        /// <summary>Whether the lines leave a quotation open: an odd number of straight marks, or more '“' than '”'.</summary>
        public bool IsOpen => Straight % 2 == 1 || CurlyOpen > 0;

        public static QuoteCount Of(string text) => new QuoteCount(0, 0).Add(text);

        public QuoteCount Add(string text)
        {
            var (straight, curly) = (Straight, CurlyOpen);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': straight++; break;
                    case '“': curly++; break;
                    case '”': curly--; break;
                }
            }

            return new QuoteCount(straight, curly);
        }
    }

    // ---- Story lines ----

    /// <summary>Reads the line at <paramref name="index"/> of the story; returns the index of the next unread line.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private int ReadStoryLine(int index)
    {
        var line = _lines[index];
        var text = line.Text;
        var afterLabel = _pendingLabel is not null && _pendingLabel.Line.Number < line.Number
            && _pieces[_pieces.Count - 1] == _pendingLabel;
        if (!afterLabel) _pendingLabel = null;

        foreach (var rule in text.Length > RuleView.LongLineLength ? _rules.LinesForLongLines : _rules.Lines)
        {
            var placement = rule.Placement;
            var applies = (placement & RulePlacement.Anywhere) != 0
                || (!_bodySeen && (placement & RulePlacement.Opening) != 0 && (!rule.Hints.UnderHeadline || _headlineRead))
                || (afterLabel && (placement & RulePlacement.AfterImageLabel) != 0);
            if (!applies || rule.Kind is PieceKind.Headline or PieceKind.MetadataHeader) continue;

            if (rule.IsStructural)
            {
                var next = ReadStructural(rule, index, afterLabel);
                if (next > index) return next;
                continue;
            }

            // A list of other stories follows a story: a heading above any story text ('Tiêu điểm' over the headline) opens none.
            if (rule.Kind == PieceKind.ListHeading && !_bodySeen) continue;
            if (!rule.MayMatchLine(line)) continue;
            var match = Run(rule, rule.Whole!, text, 0);
            if (!match.Success || rule.Kind == PieceKind.Caption && HoldsStory(match.Groups["caption"])) continue;

            var piece = Add(rule.Kind, rule, line, 0, text.Length, match);
            switch (rule.Kind)
            {
                case PieceKind.Teaser:
                    piece.Item = TeaserItem(piece);
                    break;
                case PieceKind.ListHeading:
                    return ReadLists(piece, index + 1);
                case PieceKind.StoryEnd:
                    return ReadLists(piece, index + 1);
                case PieceKind.ImageLabel when piece.Group("caption") is null:
                    _pendingLabel = piece;
                    break;
                case PieceKind.ImageLabel when piece.Group("credit") is null:
                    piece.GluedCaption = SplitCaption(piece.Group("caption")!);
                    break;
                case PieceKind.Byline or PieceKind.SourceLine or PieceKind.Dateline:
                    _signed = true;
                    break;
                case PieceKind.Body:
                    _bodySeen = true;
                    break;
            }

            if (afterLabel && rule.Kind is PieceKind.Caption or PieceKind.Credit) _pendingLabel = null;
            return index + 1;
        }

        line = JoinBrokenLines(line, ref index);
        var glued = ScanLine(line);
        return glued is null ? index + 1 : ReadLists(glued, index + 1);
    }

    /// <summary>Runs a structural rule on the line at <paramref name="index"/>; returns the next unread line, or <paramref name="index"/> when it does not apply.</summary>
    private int ReadStructural(CompiledRule rule, int index, bool afterLabel)
    {
        var line = _lines[index];
        switch (rule.Structure)
        {
            case StructuralRule.TitleRepeated when IsTitle(line):
                Add(PieceKind.Chrome, rule, line);
                return index + 1;
            case StructuralRule.StoryHeading when IsStoryHeading(line):
                Add(PieceKind.Subheading, rule, line);
                _pendingLabel = null;
                return index + 1;
            case StructuralRule.DoubledHeadline:
                return ReadDoubledHeadline(rule, index);
            case StructuralRule.CaptionAfterLabel when afterLabel && !HasOwnRole(line):
                Add(PieceKind.Caption, rule, line);
                _pendingLabel = null;
                return index + 1;
            default:
                return index;
        }
    }

    /// <summary>
    /// A headline printed twice (glued, or on two lines) outside any list: a stand-alone teaser. Once the story has
    /// been signed (byline, signature or source line), the line after it is its summary.
    /// </summary>
    private int ReadDoubledHeadline(CompiledRule rule, int index)
    {
        var text = _lines[index].Text;
        var single = Headline.Undouble(text);
        var next = index + 1;
        if (single == text)
        {
            if (next >= _lines.Count || _lines[next].Text != text || text.Length < Headline.MinDoubledLength) return index;
            next++;
        }

        var piece = Add(PieceKind.Teaser, rule, _lines[index]);
        for (var i = index + 1; i < next; i++) Add(PieceKind.Teaser, rule, _lines[i]);
        string? summary = null;
        if (_signed && next < _lines.Count && !HasOwnRole(_lines[next]))
        {
            summary = _lines[next].Text;
            Add(PieceKind.Teaser, rule, _lines[next]);
            next++;
        }

        piece.Item = new RelatedArticle(null, single, null, null, summary);
        return next;
    }

    /// <summary>A caption glued to its label, split from its credit by the rules for captions after a label.</summary>
    private (string? Caption, string? Credit) SplitCaption(string caption)
    {
        foreach (var rule in _rules.Lines)
        {
            if (rule.IsStructural || (rule.Placement & RulePlacement.AfterImageLabel) == 0) continue;
            if (rule.Kind is not (PieceKind.Caption or PieceKind.Credit) || !rule.MayMatchLine(caption)) continue;
            var match = Run(rule, rule.Whole!, caption, 0);
            if (!match.Success || EmptyGroup(match, "credit")) continue;
            var text = match.Groups["caption"].Value.Trim();
            return (text.Length == 0 ? null : text, match.Groups["credit"].Value.Trim());
        }

        return (caption, null);
    }

    /// <summary>Whether the line prints the headline again. Keys are only computed for lines of a length that could.</summary>
    private bool IsTitle(SourceLine line) =>
        _titleKey.Length > 0 && MayHaveKey(line, _titleKey.Length, _titleKey.Length) && line.KeyInitial == _titleKey[0] && line.Key == _titleKey;

    private bool IsStoryHeading(SourceLine line) =>
        _storyHeadingKeys.Count > 0 && MayHaveKey(line, _shortestHeadingKey, _longestHeadingKey)
        && _storyHeadingInitials.IndexOf(line.KeyInitial) >= 0 && _storyHeadingKeys.Contains(line.Key);

    /// <summary>
    /// Whether a line's key can be <paramref name="shortest"/> to <paramref name="longest"/> characters long: a key
    /// is never longer than its text, and punctuation and spacing seldom double a text's length.
    /// </summary>
    private static bool MayHaveKey(SourceLine line, int shortest, int longest) =>
        line.Text.Length >= shortest && line.Text.Length <= (2 * longest) + KeySlack;

    /// <summary>A line that has a role of its own (furniture, a list heading, a story heading, a link, an address, an image label), so it cannot be a caption or a summary.</summary>
    private bool HasOwnRole(SourceLine line) => IsClaimedWhole(line, ownRoleOnly: true);

    /// <summary>
    /// Whether the title, a story heading or a rule for whole lines anywhere claims <paramref name="line"/>; with
    /// <paramref name="ownRoleOnly"/>, only rules for a line with a role of its own count (see <see cref="HasOwnRole"/>).
    /// </summary>
    private bool IsClaimedWhole(SourceLine line, bool ownRoleOnly = false)
    {
        if (IsTitle(line) || IsStoryHeading(line)) return true;
        foreach (var rule in _rules.Lines)
        {
            if (rule.IsStructural || (rule.Placement & RulePlacement.Anywhere) == 0) continue;
            var counts = !ownRoleOnly || rule.Kind is PieceKind.ListHeading or PieceKind.StoryEnd or PieceKind.Chrome or PieceKind.Link or PieceKind.ImageLabel
                || (rule.Kind == PieceKind.SourceLine && rule.Name == "address-line");
            if (counts && rule.MayMatchLine(line) && Run(rule, rule.Whole!, line.Text, 0).Success) return true;
        }

        return false;
    }

    /// <summary>
    /// A line no whole-line rule claimed, sentence by sentence: at each sentence start the rules for sentence starts
    /// are tried; what they match is taken out, and each other sentence is story text.
    /// </summary>
    /// <returns>The heading of a recommendation list glued into the line, which opens the lists; null when there is none.</returns>
    [MethodImpl(Jit.ParseLoop)]
    private Piece? ScanLine(SourceLine line)
    {
        var text = line.Text;
        _candidates.Clear();

        // Rules that share a test for lines (the glued subheading and the glued caption) run it once a line.
        var inside = _rules.Inside;
        var gates = _rules.InsideLineGates;
        Array.Clear(_lineGates, 0, _lineGates.Length);
        for (var index = 0; index < inside.Length; index++)
        {
            var rule = inside[index];
            if (rule.IsStructural || (rule.Hints.LeadOnly && _bodySeen && line.Number != _setOffLastLine) || (rule.Hints.AfterLead && IsSapo(line)) || !rule.MayMatchIn(line)) continue;
            var gate = gates[index];
            if (gate != RuleView.NoLineGate)
            {
                if (_lineGates[gate] == LineGateResult.NotRun) _lineGates[gate] = rule.Hints.LineGate!(text) ? LineGateResult.Passed : LineGateResult.Failed;
                if (_lineGates[gate] == LineGateResult.Failed) continue;
            }

            _candidates.Add(rule);
        }

        // Most lines hold nothing a rule for sentence starts could take: one piece of story text, no splitting.
        if (_candidates.Count == 0)
        {
            AddBody(line, 0, text.Length);
            return null;
        }

        SentenceSplitter.Starts(text, _starts);
        var captionBeforeCredit = _rules.Structural(BuiltInRules.CaptionBeforeCredit);

        var position = 0;
        while (position < text.Length)
        {
            var claimed = false;
            foreach (var rule in _candidates)
            {
                if (!rule.Hints.MayStartAt(text, position)) continue;
                var match = Run(rule, rule.Inside!, text, position);
                if (!match.Success || match.Length == 0 || CaptionHoldsList(match, text)) continue;

                var end = match.Index + match.Length;
                if (rule.Kind == PieceKind.Credit && captionBeforeCredit is not null && EmptyGroup(match, "caption"))
                {
                    TakeLastSentenceAsCaption(line, captionBeforeCredit);
                }

                var piece = Add(rule.Kind, rule, line, position, TrimEnd(text, end), match);
                if (rule.Kind == PieceKind.Teaser) piece.Item = TeaserItem(piece);
                if (rule.Kind is PieceKind.ListHeading or PieceKind.StoryEnd) return piece;
                position = SkipSpaces(text, end);
                claimed = true;
                break;
            }

            if (claimed) continue;
            var next = SentenceSplitter.NextStart(_starts, position, text.Length);
            AddBody(line, position, TrimEnd(text, next));
            position = next;
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is the story's first line and a sapo: a lead of at most
    /// <see cref="MaxSapoSentences"/> sentences, which pages print before the story's photos (a first line that joins the
    /// story's paragraphs holds its photos' captions).
    /// </summary>
    private bool IsSapo(SourceLine line)
    {
        if (_bodySeen) return false;

        // The line's sentence starts, which the scan finds again once the rules for the line are chosen.
        SentenceSplitter.Starts(line.Text, _starts);
        return _starts.Count <= MaxSapoSentences;
    }

    /// <summary>
    /// The last sentence of the story text just before, on this line, becomes a caption (a credit opening the next
    /// sentence names it); for a credit opening the line, the sentence the line before ends with (<see cref="CaptionsOpeningCredit"/>).
    /// </summary>
    private void TakeLastSentenceAsCaption(SourceLine line, CompiledRule rule)
    {
        var previous = _pieces.Count > 0 ? _pieces[_pieces.Count - 1] : null;
        if (previous is not { Kind: PieceKind.Body, Rule: null }) return;
        if (previous.Line != line)
        {
            if (!CaptionsOpeningCredit(previous, line)) return;
            previous.Kind = PieceKind.Caption;
            previous.Rule = rule;
            return;
        }

        SentenceSplitter.Starts(previous.Text, _sentenceStarts);
        var start = previous.Start + _sentenceStarts[_sentenceStarts.Count - 1];
        if (previous.End - start > MaxCaptionLength || CaptionLines.HoldsList(line.Text, start, previous.End)) return;
        if (start > previous.Start)
        {
            var headEnd = TrimEnd(line.Text, start);
            _pieces.Add(new Piece(PieceKind.Caption, rule, line, start, previous.End, null));
            previous.End = headEnd;
            return;
        }

        previous.Kind = PieceKind.Caption;
        previous.Rule = rule;
    }

    /// <summary>
    /// Whether story text <paramref name="previous"/> is the caption of a credit opening <paramref name="line"/>: text
    /// split into a sentence a line (as corpora made for language work are) breaks '&lt;caption&gt;. Ảnh: X' after the
    /// caption's full stop and glues the credit to the sentence after it. The story text must be one sentence, closing
    /// the line right before, short enough for a caption, holding no list, and not the story's first (the lead, which
    /// a photo follows).
    /// </summary>
    private bool CaptionsOpeningCredit(Piece previous, SourceLine line)
    {
        if (previous.Line.Number + 1 != line.Number || previous.End != previous.Line.Text.Length || previous.End - previous.Start > MaxCaptionLength) return false;
        var text = previous.Line.Text;
        if (text[previous.End - 1] is ':' or '?' or '!' || CaptionLines.HoldsList(text, previous.Start, previous.End)) return false;
        SentenceSplitter.Starts(previous.Text, _sentenceStarts);
        if (_sentenceStarts.Count != 1) return false;
        for (var index = _pieces.Count - 2; index >= 0; index--)
        {
            if (_pieces[index].Kind == PieceKind.Body) return true;
        }

        return false;
    }

    /// <summary>The related article a teaser names: its title group (or its text) and summary group.</summary>
    private static RelatedArticle TeaserItem(Piece piece) => new(null, piece.Group("title") ?? piece.Text, null, null, piece.Group("summary"));

    /// <summary>Whether the caption a match takes holds a list (<see cref="CaptionLines.HoldsList"/>): that is the story's sentence, whatever follows it.</summary>
    private static bool CaptionHoldsList(Match match, string text) =>
        match.Groups["caption"] is { Success: true } caption && CaptionLines.HoldsList(text, caption.Index, caption.Index + caption.Length);

    private static bool EmptyGroup(Match match, string name) => !match.Groups[name].Success || match.Groups[name].Value.Trim().Length == 0;

    /// <summary>Story text from <paramref name="start"/> to <paramref name="end"/>; an end mark after its last sentence is a piece of its own.</summary>
    private void AddBody(SourceLine line, int start, int end)
    {
        if (end <= start) return;
        _bodySeen = true;
        var text = line.Text;
        var endMark = _rules.Structural(BuiltInRules.EndMark);
        var marked = endMark is not null && EndsWithEndMark(text, start, end);
        var bodyEnd = marked ? end - EndMarkText.Length + 1 : end;

        // Sentences of one line that no rule split apart are one piece of story text.
        var previous = _pieces.Count > 0 ? _pieces[_pieces.Count - 1] : null;
        if (previous is { Kind: PieceKind.Body, Rule: null } && previous.Line == line && SkipSpaces(text, previous.End) == start)
        {
            previous.End = bodyEnd;
        }
        else
        {
            Add(PieceKind.Body, null, line, start, bodyEnd, null);
        }

        if (marked) Add(PieceKind.EndMark, endMark!, line, end - EndMarkText.Length, end, null);
    }

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> is a sentence closed by the end mark './.' (the mark alone is none).</summary>
    private static bool EndsWithEndMark(string text, int start, int end) =>
        end - start > EndMarkText.Length && string.CompareOrdinal(text, end - EndMarkText.Length, EndMarkText, 0, EndMarkText.Length) == 0;

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ') end--;
        return end;
    }

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && text[index] == ' ') index++;
        return index;
    }

    // ---- Closing ----

    /// <summary>
    /// Walks back from the story's end: pieces already claimed (images, bylines, furniture) are passed over; the last
    /// sentence of story text is offered to the closing rules, which may claim its end (a byline), then the end of
    /// what remains (a source), and so on. The walk stops at the first text no closing rule claims.
    /// </summary>
    private void ClaimClosing()
    {
        if (ClaimClosingFrom(_storyEnd - 1)) return;
        var rule = _rules.Structural(BuiltInRules.SummaryAfterStory);
        var summary = rule is null ? -1 : SummaryAfterStory();
        if (summary < 0) return;
        for (var index = summary; index < _storyEnd; index++)
        {
            if (_pieces[index].Kind == PieceKind.Body) _pieces[index].Rule = rule;
        }

        ClaimClosingFrom(summary - 1);
    }

    /// <summary>
    /// Where the page's last line starts among the pieces, when it is unclaimed story text that blank lines set off
    /// (<see cref="SetOffLastLine"/>); otherwise -1. The outlet the summary opens with (<c>(VnMedia) - …</c>,
    /// <c>GD&amp;TĐ - …</c>) is part of it.
    /// </summary>
    private int SummaryAfterStory()
    {
        if (_storyEnd < 2) return -1;
        var line = _pieces[_storyEnd - 1].Line;
        if (line.Number != _setOffLastLine) return -1;
        var start = _storyEnd - 1;
        while (start > 0 && _pieces[start - 1].Line == line) start--;
        if (start == 0) return -1;

        for (var index = start; index < _storyEnd; index++)
        {
            var piece = _pieces[index];
            if (index == start && BuiltInRules.IsOutletPrefix(piece.Rule)) continue;
            if (piece.Kind != PieceKind.Body || piece.Rule is not null) return -1;
        }

        return start;
    }

    /// <summary>
    /// The number of the page's last line when at least <see cref="MinSummaryGap"/> blank lines set it off, more than
    /// any other line is (on a page that leaves wide gaps everywhere, the last line is story); otherwise -1. Read
    /// before any line is joined, from the file's own line numbers.
    /// </summary>
    private int SetOffLastLine()
    {
        if (_lines.Count < 2) return -1;
        var last = _lines[_lines.Count - 1].Number;
        var gap = last - _lines[_lines.Count - 2].Number;
        if (gap < MinSummaryGap) return -1;
        for (var index = 1; index < _lines.Count - 1; index++)
        {
            if (_lines[index].Number - _lines[index - 1].Number >= gap) return -1;
        }

        return last;
    }

    /// <summary>The closing walk from the piece at <paramref name="index"/>; whether it claimed or passed over anything.</summary>
    private bool ClaimClosingFrom(int index)
    {
        var signed = false;
        var claimed = false;
        while (index >= 0)
        {
            var piece = _pieces[index];
            if (piece.Kind is PieceKind.Credit or PieceKind.Caption && !signed) piece = ReclaimSignature(index);
            if (piece.Kind != PieceKind.Body)
            {
                signed |= piece.Kind == PieceKind.Byline;
                if (piece.Kind is PieceKind.Byline or PieceKind.SourceLine or PieceKind.Credit or PieceKind.Caption or PieceKind.Chrome
                    or PieceKind.EndMark or PieceKind.Teaser or PieceKind.Link or PieceKind.Dateline)
                {
                    index--;
                    claimed = true;
                    continue;
                }

                return claimed;
            }

            if (piece.Rule is not null || !TryClaimTail(index, signed, out var remainder, out var claimedKind)) return claimed;
            claimed = true;
            signed |= claimedKind == PieceKind.Byline;
            index = remainder ? index : index - 1;
        }

        return true;
    }

    /// <summary>
    /// A credit taken from inside the story's last line, or a caption line closing the story, that a closing rule for
    /// bylines or sources takes whole: the writer with the photos' source glued to the last sentence ('… khi sử dụng.
    /// Minh Minh Nguồn ảnh: X') or a name with its source ('Ngọc Anh (Nguồn: BBC)') is the signature, not a caption
    /// naming a person, and 'Nguồn: X' ending the story is its source, not a photo's credit (the sentence it had taken
    /// as the caption is story text again). Returns the piece at <paramref name="index"/>, replaced when so.
    /// </summary>
    private Piece ReclaimSignature(int index)
    {
        var piece = _pieces[index];
        if (piece.Rule is null) return piece;
        var insideLine = piece.Start > 0 && (piece.Rule.Placement & RulePlacement.InsideLine) != 0;
        var captionLine = piece.Kind == PieceKind.Caption && piece.Start == 0 && piece.End == piece.Line.Text.Length;
        if (!insideLine && !captionLine) return piece;
        var text = piece.Text;
        foreach (var rule in _rules.Closing)
        {
            if (rule.Kind is not (PieceKind.Byline or PieceKind.SourceLine)) continue;
            var match = MatchTail(rule, piece.Line, text, opensLine: false, PieceKind.Body);
            if (match is null || match.Index != 0) continue;
            var signature = new Piece(rule.Kind, rule, piece.Line, piece.Start, piece.End, match);
            _pieces[index] = signature;
            if (piece.Kind == PieceKind.Credit) ReturnCaptionToStory(index - 1);
            return signature;
        }

        return piece;
    }

    /// <summary>The sentence a credit took as its caption (<see cref="TakeLastSentenceAsCaption"/>) is story text again, joined to the text before it.</summary>
    private void ReturnCaptionToStory(int index)
    {
        if (index < 0 || _pieces[index] is not { Kind: PieceKind.Caption } caption || caption.Rule?.Name != BuiltInRules.CaptionBeforeCredit
            || !caption.Rule.BuiltIn) return;
        if (index > 0 && _pieces[index - 1] is { Kind: PieceKind.Body, Rule: null } before && before.Line == caption.Line)
        {
            before.End = caption.End;
            _pieces.RemoveAt(index);
            _storyEnd--;
            return;
        }

        caption.Kind = PieceKind.Body;
        caption.Rule = null;
    }

    /// <summary>
    /// Offers the end of the story text at <paramref name="index"/> to the closing rules. A match is taken when what
    /// precedes it is nothing, a finished sentence, or text whose own end the closing rules claim in turn (so a name
    /// ending an unfinished sentence is never taken for a byline). Once the walk has passed a byline, no other is taken.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    private bool TryClaimTail(int index, bool signed, out bool remainder, out PieceKind claimedKind)
    {
        remainder = false;
        claimedKind = PieceKind.Body;
        var piece = _pieces[index];
        var text = piece.Text;
        var opensLine = piece.Start == 0;
        var after = index + 1 < _pieces.Count && _pieces[index + 1].Line == piece.Line ? _pieces[index + 1] : null;
        var next = after?.Kind ?? PieceKind.Body;
        var nextClosesSentence = after is not null && ClosesSentence(after.Kind, after.Text, 0);
        foreach (var rule in _rules.Closing)
        {
            if (signed && rule.Kind == PieceKind.Byline) continue;
            var match = MatchTail(rule, piece.Line, text, opensLine, next, nextClosesSentence);
            if (match is null) continue;
            var rest = TrimEnd(text, match.Index);
            if (!Resolves(piece.Line, text.Substring(0, rest), opensLine, rule.Kind, ClosesSentence(rule.Kind, text, match.Index), MaxClosingDepth)) continue;
            if (rule.Kind == PieceKind.Byline && rest == 0 && opensLine && FollowsListedName(rule, index)) continue;

            var claimed = new Piece(rule.Kind, rule, piece.Line, piece.Start + match.Index, piece.End, match);
            if (rule.Kind == PieceKind.Teaser) claimed.Item = TeaserItem(claimed);
            claimedKind = rule.Kind;
            if (rest == 0)
            {
                _pieces[index] = claimed;
                return true;
            }

            _pieces.Insert(index + 1, claimed);
            _storyEnd++;
            var bodyEnd = piece.Start + rest;

            // The story's last sentence may close with the end mark before the signature taken off it: './. Name/VOV'.
            var endMark = _rules.Structural(BuiltInRules.EndMark);
            if (endMark is not null && EndsWithEndMark(piece.Line.Text, piece.Start, bodyEnd))
            {
                _pieces.Insert(index + 1, new Piece(PieceKind.EndMark, endMark, piece.Line, bodyEnd - EndMarkText.Length, bodyEnd, null));
                _storyEnd++;
                bodyEnd -= EndMarkText.Length - 1;
            }

            _pieces[index] = new Piece(PieceKind.Body, null, piece.Line, piece.Start, bodyEnd, null);
            remainder = true;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the line before the piece at <paramref name="index"/> is story text that <paramref name="rule"/> would
    /// take whole as well: names alone on lines one under another are a list ('Danh sách: ⏎ Nguyễn Văn An ⏎ Trần Thị
    /// Bình'), and its last item is no signature.
    /// </summary>
    private bool FollowsListedName(CompiledRule rule, int index)
    {
        if (index == 0) return false;
        var previous = _pieces[index - 1];
        if (previous.Kind != PieceKind.Body || previous.Rule is not null || previous.Line == _pieces[index].Line) return false;
        if (previous.Start != 0 || previous.End != previous.Line.Text.Length) return false;
        var match = MatchTail(rule, previous.Line, previous.Text, opensLine: true, PieceKind.Body);
        return match is not null && match.Index == 0;
    }

    /// <summary>
    /// The closing rule's match at the end of <paramref name="text"/>, a piece's text from its start, part of <paramref name="line"/>:
    /// <paramref name="opensLine"/> says whether that start is the start of its line, <paramref name="next"/> what
    /// follows the text on its line (<see cref="PieceKind.Body"/> for nothing claimed).
    /// </summary>
    private Match? MatchTail(CompiledRule rule, SourceLine line, string text, bool opensLine, PieceKind next, bool nextClosesSentence = false)
    {
        // The text is taken from the line: a required text the line lacks (its record says at once), the text lacks too.
        if (rule.IsStructural || !rule.Hints.MayEnd(text) || !rule.MayMatchIn(line)) return null;
        var from = Math.Max(0, text.Length - (rule.Hints.ClosingWindow > 0 ? rule.Hints.ClosingWindow : MaxClosingLength));
        if (!rule.MayMatchIn(text, from)) return null;
        if (rule.Hints.BeforeSignature && (next is not (PieceKind.Byline or PieceKind.SourceLine) || nextClosesSentence)) return null;
        var match = Run(rule, rule.Tail!, text, from);
        if (!match.Success || match.Length == 0) return null;
        if (rule.Kind == PieceKind.Byline && (FollowsCapitalizedWord(text, match.Index) || EndsSourceLine(text, match.Index))) return null;
        return opensLine && match.Index == 0 && rule.Hints.BeforeSignature ? null : match;
    }

    /// <summary>
    /// Whether the word right before <paramref name="index"/>, after a space, is capitalized as the word at
    /// <paramref name="index"/> is (both in Title Case, or both in capitals): a name taken from there would be the end
    /// of a longer run of such words ('Chúc Mừng Các Bạn Trúng Thưởng'), which no name is. A role or initials in
    /// capitals before a name in Title Case ('BTV Phương Anh') end the run, and so does a video player's button
    /// ('Play Hoàng Nam').
    /// </summary>
    private static bool FollowsCapitalizedWord(string text, int index)
    {
        var end = TrimEnd(text, index);
        if (end == index || end == 0 || !CharKinds.IsLetter(text[end - 1])) return false;
        var start = end;
        while (start > 0 && RuleGrammar.IsWordChar(text[start - 1])) start--;
        var nameEnd = index;
        while (nameEnd < text.Length && RuleGrammar.IsWordChar(text[nameEnd])) nameEnd++;
        var before = CaseOf(text, start, end);
        return before != WordCase.Other && before == CaseOf(text, index, nameEnd) && !RuleGrammar.IsPlayerLabel(text, start, end);
    }

    /// <summary>
    /// Whether the text before <paramref name="index"/>, from its sentence's start, is a source line a closing rule takes
    /// whole ('Theo X', 'Nguồn: X') that the name goes on with no separator: the name ends the outlet's ('Theo Thời báo
    /// Tài chính Việt Nam'), it is no signature.
    /// </summary>
    private bool EndsSourceLine(string text, int index)
    {
        var end = TrimEnd(text, index);
        if (end == index || end == 0 || !CharKinds.IsLetterOrDigit(text[end - 1])) return false;
        // A source line is short: a sentence start further back than a closing piece can reach starts none.
        var limit = Math.Max(0, end - MaxClosingLength);
        var start = end;
        while (start > limit && text[start - 1] is not ('.' or '!' or '?' or '…' or '(' or ')' or '|')) start--;
        if (start == limit && limit > 0) return false;
        start = SkipSpaces(text, start);
        if (start >= end) return false;
        var before = text.Substring(start, end - start);
        foreach (var rule in _rules.Closing)
        {
            if (rule.Kind != PieceKind.SourceLine || rule.IsStructural || !rule.Hints.MayEnd(before) || !rule.MayMatchIn(before)) continue;
            var match = Run(rule, rule.Tail!, before, 0);
            if (match.Success && match.Index == 0) return true;
        }

        return false;
    }

    private enum WordCase { Other, Title, Capitals }

    private static WordCase CaseOf(string text, int start, int end)
    {
        if (end - start < 2 || !CharKinds.IsUpper(text[start])) return WordCase.Other;
        var lower = false;
        var upper = false;
        for (var i = start + 1; i < end; i++)
        {
            lower |= CharKinds.IsLower(text[i]);
            upper |= CharKinds.IsUpper(text[i]);
        }

        return lower && !upper ? WordCase.Title : upper && !lower ? WordCase.Capitals : WordCase.Other;
    }

    /// <summary>
    /// Whether <paramref name="text"/>, followed on its line by a piece of kind <paramref name="next"/> (a byline closed by
    /// a full stop when <paramref name="nextClosesSentence"/>), is empty, ends a sentence, or ends in text the closing
    /// rules claim, down to a finished sentence.
    /// </summary>
    private bool Resolves(SourceLine line, string text, bool opensLine, PieceKind next, bool nextClosesSentence, int depth)
    {
        // Words after a colon go on with its sentence ('Lào: Solasak, Phoutthavong'): they are no signature.
        if (text.Length == 0 || (SentenceSplitter.EndsSentence(text) && text[text.Length - 1] != ':')) return true;
        if (depth == 0) return false;
        foreach (var rule in _rules.Closing)
        {
            var match = MatchTail(rule, line, text, opensLine, next, nextClosesSentence);
            if (match is not null && Resolves(line, text.Substring(0, TrimEnd(text, match.Index)), opensLine, rule.Kind, ClosesSentence(rule.Kind, text, match.Index), depth - 1)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the piece of <paramref name="kind"/> taken from <paramref name="start"/> of <paramref name="text"/> is a
    /// name closed by a full stop: after words with no full stop of their own, that is a sentence ending in a name
    /// ('… hợp tác giữa Việt Nam và Lào.'), so the words before it are never a closing gallery's captions.
    /// </summary>
    private static bool ClosesSentence(PieceKind kind, string text, int start)
    {
        if (kind != PieceKind.Byline) return false;
        var end = text.Length;
        while (end > start && CharKinds.IsWhiteSpace(text[end - 1])) end--;
        return end > start && text[end - 1] == '.';
    }

    // ---- Lists ----

    /// <summary>
    /// Reads recommendation lists from <paramref name="start"/> to the end of the page; <paramref name="opener"/> is
    /// the heading or widget that opened them.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    private int ReadLists(Piece opener, int start)
    {
        _storyEnd = _pieces.Count - 1;
        var itemsRule = _rules.Structural(BuiltInRules.ListItems);
        var titleRepeated = _rules.Structural(BuiltInRules.TitleRepeated);
        var reader = new RelatedListReader(_problems);
        var heading = opener;
        var items = GluedItems(opener);
        for (var index = start; index < _lines.Count; index++)
        {
            var line = _lines[index];
            if (titleRepeated is not null && ReadStructural(titleRepeated, index, afterLabel: false) > index) continue;
            var claimed = false;
            foreach (var rule in _rules.InList)
            {
                if (rule.IsStructural || !rule.MayMatchLine(line)) continue;
                var match = Run(rule, rule.Whole!, line.Text, 0);
                if (!match.Success) continue;

                var piece = Add(rule.Kind, rule, line, 0, line.Text.Length, match);
                if (rule.Kind is PieceKind.ListHeading or PieceKind.StoryEnd)
                {
                    FlushList(reader, heading, items);
                    heading = piece;
                }
                else if (rule.Kind == PieceKind.ListItem)
                {
                    items.Add(line);
                }

                claimed = true;
                break;
            }

            if (claimed) continue;

            // A box of links printed inside the story: two paragraphs in a row, each of two sentences or more, are the
            // story going on (an item's summary is one such line between titles), and the story is read on from there.
            // A heading that holds its titles run together is the whole box: one paragraph after it is the story.
            var boxInOneLine = index == start && items.Count > 0;
            if (ReadsAsParagraph(line) && (boxInOneLine || (index + 1 < _lines.Count && ReadsAsParagraph(_lines[index + 1]))))
            {
                FlushList(reader, heading, items);
                _storyEnd = -1;
                return index;
            }

            items.Add(line);
            if (itemsRule is not null) Add(PieceKind.ListItem, itemsRule, line);
        }

        FlushList(reader, heading, items);
        return _lines.Count;
    }

    /// <summary>Whether <paramref name="line"/> holds two sentences or more and ends with a closed one, as a story's paragraph does.</summary>
    private bool ReadsAsParagraph(SourceLine line)
    {
        var text = line.Text;
        if (text.Length == 0 || text[text.Length - 1] is not ('.' or '!' or '?' or '…' or '"' or '”' or '»')) return false;
        SentenceSplitter.Starts(text, _starts);
        return _starts.Count >= MinParagraphSentences;
    }

    /// <summary>
    /// The items printed after a list heading glued into a line (its <c>items</c> group): one per part the scraper
    /// left a separator between (' - ', ' | ', '•', ';'), or one item when it left none.
    /// </summary>
    private static List<SourceLine> GluedItems(Piece heading)
    {
        var items = new List<SourceLine>();
        var text = heading.Group("items");
        if (text is null) return items;
        foreach (var item in ItemSeparator.Regex.Split(text))
        {
            var clean = item.Trim();
            if (clean.Length > 0) items.Add(heading.Line.WithText(clean));
        }

        return items;
    }

    private static void FlushList(RelatedListReader reader, Piece heading, List<SourceLine> items)
    {
        var group = heading.Kind == PieceKind.ListHeading ? heading.Group("group") ?? heading.Text : null;
        heading.Items = reader.Read(group, items);
        items.Clear();
    }

    // ---- Helpers ----

    private Piece Add(PieceKind kind, CompiledRule rule, SourceLine line) => Add(kind, rule, line, 0, line.Text.Length, null);

    private Piece Add(PieceKind kind, CompiledRule? rule, SourceLine line, int start, int end, Match? match)
    {
        var piece = new Piece(kind, rule, line, start, end, match);
        _pieces.Add(piece);
        return piece;
    }

    /// <summary>Whether a whole line's caption runs over <see cref="MaxCaptionSentences"/>: story ending in a caption.</summary>
    private bool HoldsStory(Group caption)
    {
        if (!caption.Success) return false;
        SentenceSplitter.Starts(caption.Value, _starts);
        return _starts.Count > MaxCaptionSentences;
    }

    /// <summary>Runs a rule's pattern; a project's pattern that runs too long is given up on this text and reported once per page.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private Match Run(CompiledRule rule, Regex regex, string text, int start)
    {
        try
        {
            return regex.Match(text, start);
        }
        catch (RegexMatchTimeoutException)
        {
            if (_timedOut.Add(rule.Name))
            {
                var line = _lines.Find(candidate => ReferenceEquals(candidate.Text, text) || candidate.Text == text);
                _problems.Add(new ParseProblem(ParseProblemKind.RuleTimedOut, line?.Number ?? 0, 0, line?.PrintedLength ?? 0, rule.Name));
            }

            return Match.Empty;
        }
    }
}
