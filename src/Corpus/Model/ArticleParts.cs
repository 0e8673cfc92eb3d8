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

    public EquatableArray<Section> Sections { get; }

    public EquatableArray<string> Paragraphs { get; }

    public EquatableArray<Image> Images { get; }

    public string? Lead { get; }
}

/// <summary>The link and recommendation lists of an article, and its unmapped metadata header entries.</summary>
internal sealed class ArticleLists(EquatableArray<string> links, EquatableArray<RelatedArticle> related, EquatableArray<MetadataEntry> metadata)
{
    public EquatableArray<string> Links { get; } = links;

    public EquatableArray<RelatedArticle> Related { get; } = related;

    public EquatableArray<MetadataEntry> Metadata { get; } = metadata;
}
