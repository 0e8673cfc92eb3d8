using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Corpus.Parsing.Rules;
using Corpus.Parsing.Text;

namespace Corpus.Parsing.Reading;

/// <summary>
/// Turns classified pieces into an <see cref="Article"/>, in page order: story text into paragraphs (consecutive
/// sentences of one line are one paragraph), images, metadata, links and lists into their fields. A field is filled
/// once; a later piece that disagrees with it becomes story text again, so no text is lost.
/// </summary>
internal sealed class ArticleFold
{
    private readonly List<ParseProblem> _problems;
    private readonly List<SectionBuilder> _sections = [new(null)];
    private readonly List<string> _links = [];
    private readonly List<RelatedArticle> _related = [];
    private readonly List<MetadataEntry> _metadata = [];
    private readonly StringBuilder _paragraph = new();
    private SourceLine? _paragraphLine;
    private int _paragraphStart;
    private int _paragraphEnd;
    private string? _author;
    private string? _agency;
    private string? _site;
    private Uri? _url;
    private DateTimeOffset? _published;

    private bool _titleTaken;

    /// <summary>The outlets lines opened with: folded last, so the story's own credit lines fill the fields first.</summary>
    private List<Piece>? _outletPrefixes;

    /// <summary>The image a label opened and no caption has filled yet.</summary>
    private int _pendingLabel = -1;

    /// <summary>The image a credit may still complete: the last piece was its caption, printed without a credit.</summary>
    private int _creditable = -1;

    /// <summary>The metadata key an outlet prefix is kept under when the story's credit lines named another.</summary>
    private const string OutletKey = "outlet";

    /// <summary>The metadata key of the time a page says it was updated, after the time it was published.</summary>
    private const string UpdatedKey = "updated";

    /// <summary>The metadata key of who took, or where came from, the story's photos, as a byline names them.</summary>
    private const string PhotosKey = "photos";

    /// <summary>The metadata key of the place a story was filed from, or its writer's, as a dateline or byline prints it.</summary>
    private const string PlaceKey = "place";

    private ArticleFold(List<ParseProblem> problems) => _problems = problems;

    [MethodImpl(Jit.ParseLoop)]
    public static Article Build(string id, string raw, PageReader page)
    {
        var fold = new ArticleFold(page.Problems);
        foreach (var piece in page.Pieces) fold.Add(piece);
        fold.FlushParagraph();
        if (fold._outletPrefixes is not null)
        {
            foreach (var prefix in fold._outletPrefixes) fold.AddOutletPrefix(prefix);
        }
        fold.MarkLead(page.Pieces);

        return new Article(
            id,
            page.Title,
            new EquatableArray<Section>(fold._sections.ConvertAll(section => section.Build())),
            fold._author,
            fold._agency,
            fold._site,
            fold._url,
            fold._published,
            new EquatableArray<string>(fold._links),
            new EquatableArray<RelatedArticle>(fold._related),
            raw,
            new EquatableArray<MetadataEntry>(fold._metadata));
    }

    [MethodImpl(Jit.ParseLoop)]
    private void Add(Piece piece)
    {
        if (piece.Kind != PieceKind.Body) FlushParagraph();
        var creditable = _creditable;
        _creditable = -1;
        switch (piece.Kind)
        {
            case PieceKind.Body:
                AppendBody(piece);
                break;
            case PieceKind.MetadataHeader:
                AddHeader(piece);
                break;
            case PieceKind.Subheading:
                AddSubheading(piece);
                break;
            case PieceKind.ImageLabel:
                AddLabel(piece);
                break;
            case PieceKind.Caption:
                AddCaption(piece.Group("caption") ?? (piece.Match?.Groups["caption"].Success == true ? null : piece.Text), piece.Group("credit"));
                break;
            case PieceKind.Credit:
                AddCredit(piece, creditable);
                break;
            case PieceKind.Byline:
                AddByline(piece);
                break;
            case PieceKind.Headline when piece.Group("source") is not null:
            case PieceKind.SourceLine when BuiltInRules.IsOutletPrefix(piece.Rule):
                (_outletPrefixes ??= []).Add(piece);
                break;
            case PieceKind.SourceLine:
                AddSource(piece);
                break;
            case PieceKind.Dateline:
                AddDateline(piece);
                break;
            case PieceKind.Teaser:
                if (piece.Item is not null) _related.Add(piece.Item);
                break;
            case PieceKind.ListHeading or PieceKind.StoryEnd:
                if (piece.Items is not null) _related.AddRange(piece.Items);
                break;
            case PieceKind.Link:
                _links.Add(piece.Group("headline") ?? piece.Text);
                break;
        }
    }

    // ---- Story text ----

    private void AppendBody(Piece piece)
    {
        // Story text of one line stays one paragraph: its text is the line's, copied once (or not at all).
        if (_paragraphLine == piece.Line && _paragraphEnd <= piece.Start)
        {
            if (_paragraph.Length == 0 && _paragraphEnd == piece.Start - 1 && piece.Line.Text[_paragraphEnd] == ' ')
            {
                _paragraphEnd = piece.End;
                return;
            }

            if (_paragraph.Length == 0) _paragraph.Append(piece.Line.Text, _paragraphStart, _paragraphEnd - _paragraphStart);
            _paragraph.Append(' ').Append(piece.Line.Text, piece.Start, piece.End - piece.Start);
            _paragraphEnd = piece.End;
            return;
        }

        FlushParagraph();
        _paragraphLine = piece.Line;
        _paragraphStart = piece.Start;
        _paragraphEnd = piece.End;
    }

    private void FlushParagraph()
    {
        if (_paragraphLine is not null)
        {
            var text = _paragraphLine.Text;
            Current.Paragraphs.Add(_paragraph.Length > 0 ? _paragraph.ToString()
                : _paragraphStart == 0 && _paragraphEnd == text.Length ? text
                : text.Substring(_paragraphStart, _paragraphEnd - _paragraphStart));
        }

        _paragraph.Clear();
        _paragraphLine = null;
    }

    /// <summary>A piece whose field holds something else already stays story text, with a note for <c>corpus explain</c>.</summary>
    private void Demote(Piece piece, string why)
    {
        piece.Note = why;
        piece.Kind = PieceKind.Body;
        AppendBody(piece);
        FlushParagraph();
    }

    /// <summary>The first story text of the main story is its lead.</summary>
    private void MarkLead(List<Piece> pieces)
    {
        SourceLine? leadLine = null;
        foreach (var piece in pieces)
        {
            // A subheading the story opens with heads its opening; the lead is the paragraph after it.
            if (piece.Kind == PieceKind.Subheading && (leadLine is not null || !IsStorySubheading(piece))) return;
            if (piece.Kind != PieceKind.Body) continue;
            if (leadLine is not null && piece.Line != leadLine) return;
            leadLine = piece.Line;
            piece.Kind = PieceKind.Lead;
        }
    }

    // ---- Images ----

    private void AddLabel(Piece piece)
    {
        var (caption, credit) = piece.GluedCaption ?? (piece.Group("caption"), piece.Group("credit"));
        Current.Images.Add(new Image(piece.Group("label") ?? piece.Text, caption, credit));

        // Only a label that printed nothing with it waits for the caption on the next line.
        _pendingLabel = piece.Group("caption") is null && piece.Group("credit") is null ? Current.Images.Count - 1 : -1;
    }

    private void AddCaption(string? caption, string? credit)
    {
        var images = Current.Images;
        if (_pendingLabel >= 0 && _pendingLabel < images.Count)
        {
            images[_pendingLabel] = images[_pendingLabel] with { Caption = caption, Credit = credit };
            _creditable = credit is null ? _pendingLabel : -1;
            _pendingLabel = -1;
            return;
        }

        images.Add(new Image(null, caption, credit));
        _creditable = credit is null ? images.Count - 1 : -1;
    }

    /// <summary>A credit completes the caption printed right before it without one; otherwise it is an image of its own.</summary>
    private void AddCredit(Piece piece, int creditable)
    {
        var credit = piece.Group("credit");
        var caption = piece.Group("caption");
        var images = Current.Images;
        if (caption is null && creditable >= 0 && creditable < images.Count)
        {
            images[creditable] = images[creditable] with { Credit = credit };
            return;
        }

        AddCaption(caption, credit);
        _creditable = -1;
    }

    // ---- Metadata ----

    private void AddHeader(Piece piece)
    {
        var key = piece.Group("key");
        var value = piece.Group("value") ?? "";
        if (key is null)
        {
            // A front matter line with no key continues the value before it.
            if (_metadata.Count > 0)
            {
                var last = _metadata[_metadata.Count - 1];
                _metadata[_metadata.Count - 1] = last with { Value = (last.Value + " " + piece.Text).Trim() };
            }
            else
            {
                _metadata.Add(new MetadataEntry("", piece.Text));
            }

            return;
        }

        var used = HeaderFields.Of(key) switch
        {
            HeaderFields.Field.Url => FillUrl(value),
            HeaderFields.Field.Published => FillHeaderDate(piece, value),
            HeaderFields.Field.Title => TakeTitle(),
            HeaderFields.Field.Author => Fill(ref _author, value),
            HeaderFields.Field.Agency => Fill(ref _agency, value),
            HeaderFields.Field.Site => Fill(ref _site, value.ToLowerInvariant()),
            _ => false,
        };
        if (!used) _metadata.Add(new MetadataEntry(key, value));
    }

    /// <summary>The first title key is the article's title (the reader took it); a second one is kept as metadata.</summary>
    private bool TakeTitle()
    {
        if (_titleTaken) return false;
        _titleTaken = true;
        return true;
    }

    private bool FillHeaderDate(Piece piece, string value)
    {
        var date = HeaderFields.Date(value, PrintedDate.Vietnam);
        if (date is null)
        {
            _problems.Add(new ParseProblem(ParseProblemKind.UnreadableDate, piece.Line.Number, 0, piece.Line.PrintedLength, piece.Line.Text));
            return false;
        }

        if (_published is not null) return _published == date;
        _published = date;
        return true;
    }

    private bool FillUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)) return false;
        if (_url is not null) return _url.OriginalString == url.OriginalString;
        _url = url;
        _site ??= Hosts.Of(url);
        return true;
    }

    /// <summary>"Theo example.vn" gives the site, another name the agency; an address gives the URL (and the site).</summary>
    private void AddSource(Piece piece)
    {
        var filled = true;
        var source = NameIn(piece, "source");
        if (source is not null)
        {
            var host = Hosts.Parse(source);
            filled &= host is not null ? Fill(ref _site, host) : Fill(ref _agency, source);
        }

        if (piece.Group("url") is { } url) filled &= FillUrl(url);
        if (NameIn(piece, "agency") is { } agency) filled &= Fill(ref _agency, agency);
        if (piece.Group("site") is { } site) filled &= Fill(ref _site, site.ToLowerInvariant());
        if (NameIn(piece, "author") is { } author) filled &= Fill(ref _author, author);
        if (!filled) Demote(piece, "disagrees with an earlier source");
    }

    /// <summary>
    /// The outlet a lead opens with names who printed the page; a byline or source line naming another says where the
    /// story came from and keeps the field, and the outlet is kept in <see cref="Article.Metadata"/> as 'outlet'.
    /// </summary>
    private void AddOutletPrefix(Piece piece)
    {
        var source = NameIn(piece, "source");
        if (source is null) return;
        var host = Hosts.Parse(source);
        if (host is not null ? Fill(ref _site, host) : Fill(ref _agency, source)) return;
        piece.Note = "another credit names the outlet; kept in Metadata as 'outlet'";
        _metadata.Add(new MetadataEntry(OutletKey, source));
    }

    private void AddByline(Piece piece)
    {
        var author = NameIn(piece, "author");
        var agency = NameIn(piece, "agency");
        if (!Agrees(_author, author) || !Agrees(_agency, agency))
        {
            Demote(piece, "disagrees with an earlier byline");
            return;
        }

        // A byline that prints when the story was published ('Name | 09:30 12/05/2023') dates it as a dateline does:
        // when no date is known yet or the known one is that day's without its time; another date keeps it text.
        var printed = piece.Group("y") is null ? null : PrintedDate.Read(piece.Match!, piece.Line, PrintedDate.Vietnam, _problems);
        if (_published is { } known && printed is { } date && !Refines(known, date))
        {
            Demote(piece, "its date disagrees with the date already given");
            return;
        }

        Fill(ref _author, author);
        Fill(ref _agency, agency);
        _published = printed ?? _published;
        if (piece.Group("photos") is { } photos) _metadata.Add(new MetadataEntry(PhotosKey, photos));
        if (NameIn(piece, "place") is { } place) _metadata.Add(new MetadataEntry(PlaceKey, place));
    }

    /// <summary>
    /// A dateline fills <see cref="Article.Published"/>. When a date is already known (a header's), a dateline agrees
    /// with it when it prints the same moment, or the same day of a date known without its time (and gives the time);
    /// a later time of the same day is when the page was updated (<c>Cập nhật: …</c> under <c>Đăng lúc: …</c>), kept in
    /// <see cref="Article.Metadata"/> as <c>updated</c>; any other is text, so nothing it says is lost.
    /// </summary>
    private void AddDateline(Piece piece)
    {
        // Where the story was filed from dates nothing: it is kept as printed.
        if (NameIn(piece, "place") is { } place)
        {
            _metadata.Add(new MetadataEntry(PlaceKey, place));
            if (piece.Group("y") is null) return;
        }

        var agency = NameIn(piece, "agency");
        var printed = PrintedDate.Read(piece.Match!, piece.Line, PrintedDate.Vietnam, _problems);
        if (_published is { } known && printed is { } later && known.TimeOfDay != TimeSpan.Zero && later.Date == known.Date
            && later > known && agency is null)
        {
            _metadata.Add(new MetadataEntry(UpdatedKey, later.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
            return;
        }

        if (!Agrees(_agency, agency) || (_published is { } date && !Refines(date, printed)))
        {
            Demote(piece, "a date or agency was already given");
            return;
        }

        Fill(ref _agency, agency);
        _published = printed ?? _published;
    }

    private static bool Refines(DateTimeOffset known, DateTimeOffset? printed) =>
        printed is { } date && (date == known || (known.TimeOfDay == TimeSpan.Zero && date.Date == known.Date));

    private static bool Agrees(string? current, string? value) => current is null || value is null || current == value;

    /// <summary>
    /// A name a piece's group holds, without the full stop that closes the line after it ('Theo Reuters.', 'Thu Hà/VOV.'):
    /// a name ends with a letter or digit. Initials keep theirs ('Q.H.').
    /// </summary>
    private static string? NameIn(Piece piece, string group)
    {
        var value = piece.Group(group);
        if (value is null || value.Length < 3 || value[value.Length - 1] != '.') return value;
        var beforeStop = value[value.Length - 2];
        var initial = value[value.Length - 3] is '.' or ' ';
        return CharKinds.IsLetterOrDigit(beforeStop) && !initial ? value.Substring(0, value.Length - 1) : value;
    }

    /// <summary>Fills an empty field; true when the field now holds <paramref name="value"/> (or there was nothing to fill).</summary>
    private static bool Fill(ref string? field, string? value)
    {
        if (value is null) return true;
        if (!Agrees(field, value)) return false;
        field = value;
        return true;
    }

    /// <summary>
    /// A subheading opens a section; one the story opens with, before any paragraph, heads the main story's opening
    /// instead, so the paragraph after it is still the lead. A further story's title always opens its own section.
    /// </summary>
    private void AddSubheading(Piece piece)
    {
        var heading = piece.Group("heading") ?? piece.Text;
        // A second heading before any paragraph opens a section of its own: the first keeps its words.
        if (IsStorySubheading(piece) && _sections.Count == 1 && Current.Paragraphs.Count == 0 && Current.Heading is null) Current.Heading = heading;
        else _sections.Add(new SectionBuilder(heading));
        _pendingLabel = -1;
    }

    /// <summary>Whether a subheading belongs to the story it stands in (not a further story's title on an aggregated page).</summary>
    private static bool IsStorySubheading(Piece piece) => piece.Rule?.Structure != StructuralRule.StoryHeading;

    private SectionBuilder Current => _sections[_sections.Count - 1];

    private sealed class SectionBuilder(string? heading)
    {
        public string? Heading { get; set; } = heading;
        public List<string> Paragraphs { get; } = [];
        public List<Image> Images { get; } = [];

        public Section Build() => new(Heading, new EquatableArray<string>(Paragraphs), new EquatableArray<Image>(Images));
    }
}
