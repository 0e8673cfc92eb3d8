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
    private string? _text;

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
        string raw)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Sections = sections;
        Author = author;
        Agency = agency;
        Site = site;
        Url = url;
        Published = published;
        Links = links;
        Related = related;
        Raw = raw ?? throw new ArgumentNullException(nameof(raw));

        var paragraphs = new List<string>();
        var images = new List<Image>();
        foreach (var section in sections)
        {
            paragraphs.AddRange(section.Paragraphs);
            images.AddRange(section.Images);
        }

        Paragraphs = EquatableArray<string>.TakeOwnership(paragraphs.ToArray());
        Images = EquatableArray<Image>.TakeOwnership(images.ToArray());
        Lead = sections.Count > 0 && sections[0].Paragraphs.Count > 0 ? sections[0].Paragraphs[0] : null;
    }

    /// <summary>The article's id: its file name without extension, unless the project overrides it.</summary>
    public string Id { get; }

    /// <summary>The page's headline.</summary>
    public string Title { get; }

    /// <summary>The first paragraph of the main story, or <see langword="null"/> when it has none.</summary>
    public string? Lead { get; }

    /// <summary>The main story first (its <see cref="Section.Heading"/> is <see langword="null"/>), then one section per further story.</summary>
    public EquatableArray<Section> Sections { get; }

    /// <summary>The paragraphs of all sections, in order.</summary>
    public EquatableArray<string> Paragraphs { get; }

    /// <summary>The images of all sections, in order.</summary>
    public EquatableArray<Image> Images { get; }

    /// <summary>The person named in the byline, or <see langword="null"/>.</summary>
    public string? Author { get; }

    /// <summary>The agency or outlet credited for the story (<c>TTXVN</c>, <c>Vietnam+</c>), or <see langword="null"/>.</summary>
    public string? Agency { get; }

    /// <summary>The host of the publishing site when the page names it (<c>Theo www.example.vn</c> gives <c>example.vn</c>), or <see langword="null"/>.</summary>
    public string? Site { get; }

    /// <summary>The article's own address when the page prints it, or <see langword="null"/>.</summary>
    public Uri? Url { get; }

    /// <summary>The story's own date and time when the page states it (Vietnamese pages: UTC+07:00), or <see langword="null"/>.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>Inline related headlines printed in the body as <c>[Headline]</c>.</summary>
    public EquatableArray<string> Links { get; }

    /// <summary>Every item of every recommendation list, and stand-alone teasers, in page order.</summary>
    public EquatableArray<RelatedArticle> Related { get; }

    /// <summary>The clean body: section headings and paragraphs joined by blank lines (the title is not included).</summary>
    public string Text => LazyInitializer.EnsureInitialized(ref _text, BuildText)!;

    /// <summary>The file's text exactly as decoded; never normalized.</summary>
    public string Raw { get; }

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
