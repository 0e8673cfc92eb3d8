using System;
using System.Collections.Generic;

namespace Corpus;

/// <summary>
/// Decodes an article's fields on demand, group by group, so an article nobody reads costs nothing beyond its
/// handle. A packed corpus implements it over its bytes.
/// </summary>
internal abstract class ArticleStore
{
    public abstract ArticleHead ReadHead(int record);

    public abstract EquatableArray<Section> ReadSections(int record);

    public abstract ArticleLists ReadLists(int record);

    public abstract string ReadRaw(int record);
}

/// <summary>The short fields of an article, decoded together because they are small and read together.</summary>
internal sealed class ArticleHead(string title, string? author, string? agency, string? site, Uri? url, DateTimeOffset? published)
{
    public string Title { get; } = title;

    public string? Author { get; } = author;

    public string? Agency { get; } = agency;

    public string? Site { get; } = site;

    public Uri? Url { get; } = url;

    public DateTimeOffset? Published { get; } = published;
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

/// <summary>The link and recommendation lists of an article.</summary>
internal sealed class ArticleLists(EquatableArray<string> links, EquatableArray<RelatedArticle> related)
{
    public EquatableArray<string> Links { get; } = links;

    public EquatableArray<RelatedArticle> Related { get; } = related;
}
