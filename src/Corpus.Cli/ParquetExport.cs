using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Parquet;
using Parquet.Serialization;

namespace Corpus.Cli;

/// <summary>
/// Writes articles as Apache Parquet, one row per article with the JSON export's shape (nested sections, images,
/// related items and metadata), so DuckDB, Spark or pandas read the corpus as a table. Rows are written in row groups
/// of <see cref="RowGroupSize"/> articles, so memory stays flat whatever the corpus size. Parquet.Net is used: fully
/// managed, no native dependency, and it serializes nested classes as Parquet lists of structs.
/// </summary>
internal static class ParquetExport
{
    /// <summary>Articles per row group: large enough to compress well, small enough to hold only this many at a time.</summary>
    public const int RowGroupSize = 1000;

    public static async Task WriteAsync(IEnumerable<Article> articles, Stream output)
    {
        var batch = new List<ArticleRow>(RowGroupSize);
        var append = false;
        foreach (var article in articles)
        {
            batch.Add(ArticleRow.From(article));
            if (batch.Count < RowGroupSize) continue;
            await ParquetSerializer.SerializeAsync(batch, output, new ParquetOptions { Append = append }).ConfigureAwait(false);
            append = true;
            batch.Clear();
        }

        if (batch.Count > 0 || !append)
        {
            await ParquetSerializer.SerializeAsync(batch, output, new ParquetOptions { Append = append }).ConfigureAwait(false);
        }
    }
}

/// <summary>One article as a Parquet row. Dates are an instant (UTC) plus the offset the page printed, in minutes.</summary>
internal sealed class ArticleRow
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";

    [JsonPropertyName("title")] public string Title { get; set; } = "";

    [JsonPropertyName("lead")] public string? Lead { get; set; }

    [JsonPropertyName("sections")] public List<SectionRow> Sections { get; set; } = [];

    [JsonPropertyName("author")] public string? Author { get; set; }

    [JsonPropertyName("agency")] public string? Agency { get; set; }

    [JsonPropertyName("site")] public string? Site { get; set; }

    [JsonPropertyName("url")] public string? Url { get; set; }

    [JsonPropertyName("published")] public DateTime? Published { get; set; }

    [JsonPropertyName("publishedOffsetMinutes")] public int? PublishedOffsetMinutes { get; set; }

    [JsonPropertyName("links")] public List<string> Links { get; set; } = [];

    [JsonPropertyName("related")] public List<RelatedRow> Related { get; set; } = [];

    [JsonPropertyName("metadata")] public List<MetadataRow> Metadata { get; set; } = [];

    [JsonPropertyName("text")] public string Text { get; set; } = "";

    [JsonPropertyName("raw")] public string Raw { get; set; } = "";

    public static ArticleRow From(Article article) => new()
    {
        Id = article.Id,
        Title = article.Title,
        Lead = article.Lead,
        Sections = article.Sections.Select(section => new SectionRow
        {
            Heading = section.Heading,
            Paragraphs = [.. section.Paragraphs],
            Images = section.Images.Select(image => new ImageRow { Label = image.Label, Caption = image.Caption, Credit = image.Credit }).ToList(),
        }).ToList(),
        Author = article.Author,
        Agency = article.Agency,
        Site = article.Site,
        Url = article.Url?.OriginalString,
        Published = article.Published?.UtcDateTime,
        PublishedOffsetMinutes = (int?)article.Published?.Offset.TotalMinutes,
        Links = [.. article.Links],
        Related = article.Related.Select(item => new RelatedRow
        {
            Group = item.Group,
            Title = item.Title,
            Published = item.Published?.UtcDateTime,
            PublishedOffsetMinutes = (int?)item.Published?.Offset.TotalMinutes,
            Category = item.Category,
            Summary = item.Summary,
        }).ToList(),
        Metadata = article.Metadata.Select(entry => new MetadataRow { Key = entry.Key, Value = entry.Value }).ToList(),
        Text = article.Text,
        Raw = article.Raw,
    };
}

internal sealed class SectionRow
{
    [JsonPropertyName("heading")] public string? Heading { get; set; }

    [JsonPropertyName("paragraphs")] public List<string> Paragraphs { get; set; } = [];

    [JsonPropertyName("images")] public List<ImageRow> Images { get; set; } = [];
}

internal sealed class ImageRow
{
    [JsonPropertyName("label")] public string? Label { get; set; }

    [JsonPropertyName("caption")] public string? Caption { get; set; }

    [JsonPropertyName("credit")] public string? Credit { get; set; }
}

internal sealed class RelatedRow
{
    [JsonPropertyName("group")] public string? Group { get; set; }

    [JsonPropertyName("title")] public string Title { get; set; } = "";

    [JsonPropertyName("published")] public DateTime? Published { get; set; }

    [JsonPropertyName("publishedOffsetMinutes")] public int? PublishedOffsetMinutes { get; set; }

    [JsonPropertyName("category")] public string? Category { get; set; }

    [JsonPropertyName("summary")] public string? Summary { get; set; }
}

internal sealed class MetadataRow
{
    [JsonPropertyName("key")] public string Key { get; set; } = "";

    [JsonPropertyName("value")] public string Value { get; set; } = "";
}
