using System;
using System.Collections.Generic;

namespace Corpus;

/// <summary>
/// Decodes an article's fields on demand, group by group, so an article nobody reads costs nothing beyond its
/// handle. A packed corpus implements it over its bytes.
/// </summary>
internal abstract class ArticleStore
{
    public abstract string ReadTitle(int index);

    public abstract ArticleHead ReadHead(int index);

    public abstract EquatableArray<Section> ReadSections(int index);

    public abstract ArticleLists ReadLists(int index);

    public abstract string ReadRaw(int index);
}

/// <summary>
/// The byline, source and date of an article, decoded together because they are small and read together. The
/// address is kept as text and parsed into a <see cref="System.Uri"/> only when asked for.
/// </summary>
internal sealed class ArticleHead(string? author, string? agency, string? site, string? urlText, Uri? url, DateTimeOffset? published)
{
    private Uri? _url = url;

    public string? Author { get; } = author;

    public string? Agency { get; } = agency;

    public string? Site { get; } = site;

    public Uri? Url => _url ?? (urlText is null ? null : _url = Parse(urlText));

    public DateTimeOffset? Published { get; } = published;

    // The text came from a pack, which only a damaged pack makes unreadable.
    private static Uri Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw new System.IO.InvalidDataException($"The packed corpus is damaged: '{text}' is not an address.");
}

/// <summary>The stories of an article and the views derived from them.</summary>
internal sealed class ArticleBody
{
    public ArticleBody(EquatableArray<Section> sections)
    {
        Sections = sections;
        // Most articles have one section: its lists are the article's (they are immutable, so sharing is safe).
        (Paragraphs, Images) = sections.Count == 1
            ? (sections[0].Paragraphs, sections[0].Images)
            : (Concatenate(sections, static section => section.Paragraphs), Concatenate(sections, static section => section.Images));
        Lead = FirstParagraph(sections);
    }

    // The story's first paragraph, under the headings it may open with (each heads a section of its own).
    private static string? FirstParagraph(EquatableArray<Section> sections)
    {
        foreach (var section in sections)
        {
            if (section.Paragraphs.Count > 0) return section.Paragraphs[0];
        }

        return null;
    }

    public EquatableArray<Section> Sections { get; }

    public EquatableArray<string> Paragraphs { get; }

    public EquatableArray<Image> Images { get; }

    public string? Lead { get; }

    private static EquatableArray<T> Concatenate<T>(EquatableArray<Section> sections, Func<Section, EquatableArray<T>> part)
        where T : IEquatable<T>
    {
        var count = 0;
        foreach (var section in sections) count += part(section).Count;
        var all = new T[count];
        var at = 0;
        foreach (var section in sections)
        {
            var items = part(section);
            for (var i = 0; i < items.Count; i++) all[at++] = items[i];
        }

        return EquatableArray<T>.TakeOwnership(all);
    }
}

/// <summary>The link and recommendation lists of an article, and its unmapped metadata header entries.</summary>
internal sealed class ArticleLists(EquatableArray<string> links, EquatableArray<RelatedArticle> related, EquatableArray<MetadataEntry> metadata)
{
    public EquatableArray<string> Links { get; } = links;

    public EquatableArray<RelatedArticle> Related { get; } = related;

    public EquatableArray<MetadataEntry> Metadata { get; } = metadata;
}
