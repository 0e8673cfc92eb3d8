using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace Corpus;

/// <summary>
/// A news page as a typed, immutable value: its stories, images, byline, source and recommendation lists,
/// plus the file's text exactly as it was decoded.
/// </summary>
/// <remarks>
/// Two articles are equal when every field is equal, collections item by item; two articles parsed from the
/// same text are always equal. <see cref="Lead"/>, <see cref="Paragraphs"/>, <see cref="Images"/> and
/// <see cref="Text"/> are views of <see cref="Sections"/>.
/// </remarks>
public sealed class Article : IEquatable<Article>
{
    // A packed article decodes each group of fields on first use; a constructed one fills them all up front.
    private readonly ArticleStore? _store;
    private readonly int _index;
    private string? _title;
    private ArticleHead? _head;
    private ArticleBody? _body;
    private ArticleLists? _lists;
    private string? _raw;
    private string? _text;
    private string[]? _sentences;
    private string[]? _words;

    /// <summary>Creates an article. Prefer <c>ArticleParser</c> or a generated corpus over calling this directly.</summary>
    /// <param name="id">The article's id: its file name without extension, unless overridden.</param>
    /// <param name="title">The page's headline.</param>
    /// <param name="sections">The main story first, then one section per further story.</param>
    /// <param name="author">The person in the byline.</param>
    /// <param name="agency">The agency or outlet credited for the story.</param>
    /// <param name="site">The host of the publishing site.</param>
    /// <param name="url">The article's own address.</param>
    /// <param name="published">The story's own date and time.</param>
    /// <param name="links">Inline related headlines in the body.</param>
    /// <param name="related">Every item of every recommendation list, and stand-alone teasers.</param>
    /// <param name="raw">The file's text exactly as decoded.</param>
    /// <param name="metadata">Metadata header entries that name no field.</param>
    public Article(
        string id,
        string title,
        EquatableArray<Section> sections,
        string? author,
        string? agency,
        string? site,
        Uri? url,
        DateTimeOffset? published,
        EquatableArray<string> links,
        EquatableArray<RelatedArticle> related,
        string raw,
        EquatableArray<MetadataEntry> metadata = default)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        _title = title ?? throw new ArgumentNullException(nameof(title));
        _head = new ArticleHead(author, agency, site, url?.OriginalString, url, published);
        _body = new ArticleBody(sections);
        _lists = new ArticleLists(links, related, metadata);
        _raw = raw ?? throw new ArgumentNullException(nameof(raw));
    }

    /// <summary>An article whose fields <paramref name="store"/> decodes, for its article <paramref name="index"/>, when first read.</summary>
    internal Article(string id, ArticleStore store, int index)
    {
        Id = id;
        _store = store;
        _index = index;
    }

    /// <summary>The article's id: its file name without extension, unless the project overrides it.</summary>
    public string Id { get; }

    /// <summary>The page's headline; empty when the page prints none (it opens with a photo caption or a body sentence).</summary>
    public string Title => _title ?? Publish(ref _title, _store!.ReadTitle(_index));

    /// <summary>The first paragraph of the main story, or <see langword="null"/> when it has none.</summary>
    public string? Lead => Body.Lead;

    /// <summary>
    /// The main story's opening first (its <see cref="Section.Heading"/> is <see langword="null"/>, or the subheading the
    /// story opens with), then one section per subheading the story prints and per further story an aggregated page
    /// carries.
    /// </summary>
    public EquatableArray<Section> Sections => Body.Sections;

    /// <summary>The paragraphs of all sections, in order.</summary>
    public EquatableArray<string> Paragraphs => Body.Paragraphs;

    /// <summary>The images of all sections, in order.</summary>
    public EquatableArray<Image> Images => Body.Images;

    /// <summary>The person named in the byline, or <see langword="null"/>.</summary>
    public string? Author => Head.Author;

    /// <summary>The agency or outlet credited for the story (<c>TTXVN</c>, <c>Vietnam+</c>), or <see langword="null"/>.</summary>
    public string? Agency => Head.Agency;

    /// <summary>The host of the publishing site when the page names it (<c>Theo www.example.vn</c> gives <c>example.vn</c>), or <see langword="null"/>.</summary>
    public string? Site => Head.Site;

    /// <summary>The article's own address when the page prints it, or <see langword="null"/>.</summary>
    public Uri? Url => Head.Url;

    /// <summary>The story's own date and time when the page states it (Vietnamese pages: UTC+07:00), or <see langword="null"/>.</summary>
    public DateTimeOffset? Published => Head.Published;

    /// <summary>Inline related headlines printed in the body as <c>[Headline]</c>.</summary>
    public EquatableArray<string> Links => Lists.Links;

    /// <summary>Every item of every recommendation list, and stand-alone teasers, in page order.</summary>
    public EquatableArray<RelatedArticle> Related => Lists.Related;

    /// <summary>
    /// Metadata header entries (<c># key = value</c> lines, front matter) and the story's keywords printed under it
    /// (<c>Từ khóa: …</c>, <c>Tags: …</c>) whose key names no field of the article, in page order; keys that name a
    /// field (<c>url</c>, <c>date</c>, <c>title</c>, <c>author</c>, <c>agency</c>, <c>site</c> and their synonyms) fill
    /// it instead; an <c>updated</c> entry when the page prints a later time of the day it was published
    /// (<c>Cập nhật: …</c>). Last, an <c>outlet</c> entry for each outlet a line opened with
    /// (<c>(Dân trí) - …</c>) when the story's own byline or source named another agency.
    /// </summary>
    public EquatableArray<MetadataEntry> Metadata => Lists.Metadata;

    /// <summary>
    /// Every paragraph split into sentences, in order (Vietnamese-aware: abbreviations such as <c>TP.</c>, initials,
    /// and dots inside numbers and words do not end a sentence; see <see cref="Corpus.Sentences.Split"/>). Computed
    /// on first use.
    /// </summary>
    public EquatableArray<string> Sentences => EquatableArray<string>.TakeOwnership(_sentences ??= SplitSentences());

    /// <summary>
    /// The tokens of <see cref="Sentences"/>, in order: syllables and words (internal '-', '.' and apostrophes kept:
    /// <c>TP.HCM</c>, <c>Kyung-wha</c>), numbers (<c>4,5</c>, <c>5.000</c>, <c>15.7.2017</c>, <c>30/4</c>), and each
    /// punctuation mark or symbol alone. Computed on first use.
    /// </summary>
    public EquatableArray<string> Words => EquatableArray<string>.TakeOwnership(_words ??= SplitWords());

    /// <summary>The clean body: section headings and paragraphs joined by blank lines (the title is not included).</summary>
    public string Text => _text ?? Publish(ref _text, BuildText());

    /// <summary>The file's text exactly as decoded; never normalized.</summary>
    public string Raw => _raw ?? Publish(ref _raw, _store!.ReadRaw(_index));

    private ArticleHead Head => _head ?? Publish(ref _head, _store!.ReadHead(_index));

    private ArticleBody Body => _body ?? Publish(ref _body, new ArticleBody(_store!.ReadSections(_index)));

    private ArticleLists Lists => _lists ?? Publish(ref _lists, _store!.ReadLists(_index));

    // Two threads may decode the same group at once; both values are equal and the first one stored wins.
    private static T Publish<T>(ref T? slot, T value)
        where T : class =>
        Interlocked.CompareExchange(ref slot, value, null) ?? value;

    // Racing threads compute equal arrays; either may be kept (an array reference is written whole).
    private string[] SplitSentences()
    {
        var sentences = new List<string>();
        foreach (var paragraph in Paragraphs) sentences.AddRange(Parsing.Text.SentenceSplitter.Split(paragraph));
        return sentences.ToArray();
    }

    private string[] SplitWords()
    {
        var words = new List<string>();
        foreach (var sentence in Sentences) Parsing.Text.WordSplitter.Split(sentence, words);
        return words.ToArray();
    }

    private string BuildText()
    {
        var builder = new StringBuilder();
        foreach (var section in Sections)
        {
            if (section.Heading is not null) AppendBlock(builder, section.Heading);
            foreach (var paragraph in section.Paragraphs) AppendBlock(builder, paragraph);
        }

        return builder.ToString();
    }

    private static void AppendBlock(StringBuilder builder, string block)
    {
        if (builder.Length > 0) builder.Append("\n\n");
        builder.Append(block);
    }

    /// <inheritdoc />
    public bool Equals(Article? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Title == other.Title
                && Sections.Equals(other.Sections)
                && Author == other.Author
                && Agency == other.Agency
                && Site == other.Site
                && Equals(Url, other.Url)
                && Nullable.Equals(Published, other.Published)
                && Published?.Offset == other.Published?.Offset
                && Links.Equals(other.Links)
                && Related.Equals(other.Related)
                && Metadata.Equals(other.Metadata)
                && Raw == other.Raw));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Article);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Id);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Title);
            hash = (hash * 31) + Sections.GetHashCode();
            return (hash * 31) + Raw.Length;
        }
    }

    /// <summary>Compares two articles field by field.</summary>
    public static bool operator ==(Article? left, Article? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two articles field by field.</summary>
    public static bool operator !=(Article? left, Article? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}
