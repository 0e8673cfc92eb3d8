using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Cli;

/// <summary>The exported shape of an article: the model's fields in camelCase, without the derived views.</summary>
internal sealed record ArticleJson(
    string Id,
    string Title,
    string? Lead,
    IReadOnlyList<SectionJson> Sections,
    string? Author,
    string? Agency,
    string? Site,
    string? Url,
    DateTimeOffset? Published,
    IReadOnlyList<string> Links,
    IReadOnlyList<RelatedArticle> Related,
    IReadOnlyList<MetadataEntry> Metadata,
    string Text,
    string Raw)
{
    /// <summary>Writes articles as JSON Lines (one compact article per line) or as one indented array.</summary>
    public static string Render(IEnumerable<Article> articles, JsonFormat format)
    {
        var exported = articles.Select(From).ToList();
        if (format == JsonFormat.Array)
        {
            return JsonSerializer.Serialize(exported, ArticleJsonContext.Readable(indented: true).ListArticleJson) + "\n";
        }

        var context = ArticleJsonContext.Readable(indented: false);
        var builder = new System.Text.StringBuilder();
        foreach (var article in exported)
        {
            builder.Append(JsonSerializer.Serialize(article, context.ArticleJson)).Append('\n');
        }

        return builder.ToString();
    }

    public static ArticleJson From(Article article) => new(
        article.Id,
        article.Title,
        article.Lead,
        article.Sections.Select(section => new SectionJson(section.Heading, [.. section.Paragraphs], [.. section.Images])).ToList(),
        article.Author,
        article.Agency,
        article.Site,
        article.Url?.OriginalString,
        article.Published,
        [.. article.Links],
        [.. article.Related],
        [.. article.Metadata],
        article.Text,
        article.Raw);
}

/// <summary>The exported shape of a section.</summary>
internal sealed record SectionJson(string? Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<Image> Images);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleJson))]
[JsonSerializable(typeof(List<ArticleJson>))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Options for files people read: Vietnamese letters are written as themselves, not as \u escapes.
    /// The output is JSON for files and pipes, never embedded in HTML.
    /// </summary>
    public static ArticleJsonContext Readable(bool indented) => new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    });
}
