using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emit;

/// <summary>
/// Emits one article: a documented static property and a nested holder type whose static field is built on first
/// use, so an article nobody touches costs nothing at run time.
/// </summary>
internal static class ArticleEmitter
{
    private const string ArticleType = "global::Corpus.Article";

    /// <summary>How much of the lead the docs of a page with no headline show.</summary>
    private const int MaxSummaryLength = 100;

    public static string HintName(FileSettings settings, string propertyName) => $"{settings.ClassName}.{propertyName}.g.cs";

    public static string Emit(string propertyName, Article article, FileSettings settings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The raw text and the fields each appear once, plus escapes and indentation.
        var writer = Preamble.Begin(settings, (article.Raw.Length * 5 / 2) + 4096);
        writer.Open($"partial class {settings.ClassName}");
        WriteDocs(writer, article);
        writer.Line($"public static {ArticleType} {propertyName} => Storage.{propertyName}.Value;");
        writer.Line();
        writer.Open("private static partial class Storage");
        writer.Open($"internal static class {propertyName}");
        writer.Line($"internal static readonly {ArticleType} Value = new {ArticleType}(").Indent();
        writer.Literal(article.Id, ",");
        writer.Literal(article.Title, ",");
        WriteArray(writer, "global::Corpus.Section", article.Sections, (w, section, end) => WriteSection(w, section, end, cancellationToken), ",", cancellationToken);
        writer.Literal(article.Author, ",");
        writer.Literal(article.Agency, ",");
        writer.Literal(article.Site, ",");
        writer.Line((article.Url is null ? "null" : $"new global::System.Uri({CSharpText.Literal(article.Url.OriginalString)})") + ",");
        writer.Line(DateExpression(article.Published) + ",");
        WriteArray(writer, "string", article.Links, WriteString, ",", cancellationToken);
        WriteArray(writer, "global::Corpus.RelatedArticle", article.Related, WriteRelated, ",", cancellationToken);
        if (article.Metadata.IsEmpty)
        {
            writer.Literal(article.Raw, ");");
        }
        else
        {
            writer.Literal(article.Raw, ",");
            WriteArray(writer, "global::Corpus.MetadataEntry", article.Metadata, WriteMetadata, ");", cancellationToken);
        }

        writer.Unindent();
        writer.Close();
        writer.Close();
        writer.Close();
        return Preamble.End(writer, settings);
    }

    private static void WriteDocs(SourceWriter writer, Article article)
    {
        writer.Line($"/// <summary>{CSharpText.XmlDoc(Summary(article))}</summary>");
        var facts = new[]
        {
            article.Site,
            article.Agency,
            article.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        }.Where(fact => fact is not null).Select(fact => CSharpText.XmlDoc(fact!));
        writer.Line($"/// <remarks>{string.Concat(facts.Select(fact => fact + " · "))}id <c>{CSharpText.XmlDoc(article.Id)}</c></remarks>");
    }

    /// <summary>The headline, or for a page that prints none, how its story opens.</summary>
    private static string Summary(Article article)
    {
        if (article.Title.Length > 0) return article.Title;
        var lead = article.Lead ?? "";
        return "(no headline) " + (lead.Length <= MaxSummaryLength ? lead : lead.Substring(0, MaxSummaryLength) + "…");
    }

    private static void WriteSection(SourceWriter writer, Section section, string end, CancellationToken cancellationToken)
    {
        writer.Line("new global::Corpus.Section(").Indent();
        writer.Literal(section.Heading, ",");
        WriteArray(writer, "string", section.Paragraphs, WriteString, ",", cancellationToken);
        WriteArray(writer, "global::Corpus.Image", section.Images, WriteImage, ")" + end, cancellationToken);
        writer.Unindent();
    }

    private static void WriteString(SourceWriter writer, string text, string end) => writer.Literal(text, end);

    private static void WriteImage(SourceWriter writer, Image image, string end) =>
        writer.Line($"new global::Corpus.Image({CSharpText.Literal(image.Label)}, {CSharpText.Literal(image.Caption)}, {CSharpText.Literal(image.Credit)}){end}");

    private static void WriteMetadata(SourceWriter writer, MetadataEntry entry, string end) =>
        writer.Line($"new global::Corpus.MetadataEntry({CSharpText.Literal(entry.Key)}, {CSharpText.Literal(entry.Value)}){end}");

    private static void WriteRelated(SourceWriter writer, RelatedArticle item, string end) =>
        writer.Line(
            $"new global::Corpus.RelatedArticle({CSharpText.Literal(item.Group)}, {CSharpText.Literal(item.Title)}, {DateExpression(item.Published)}, "
            + $"{CSharpText.Literal(item.Category)}, {CSharpText.Literal(item.Summary)}){end}");

    /// <summary>An <c>EquatableArray</c> that owns a fresh array, one item per line; <c>default</c> when empty.</summary>
    private static void WriteArray<T>(
        SourceWriter writer, string type, EquatableArray<T> items, Action<SourceWriter, T, string> writeItem, string end, CancellationToken cancellationToken)
        where T : IEquatable<T>
    {
        if (items.IsEmpty)
        {
            writer.Line($"default(global::Corpus.EquatableArray<{type}>){end}");
            return;
        }

        writer.Line($"global::Corpus.EquatableArray<{type}>.TakeOwnership(new {type}[]");
        writer.Line("{").Indent();
        var count = 0;
        foreach (var item in items)
        {
            if ((++count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            writeItem(writer, item, ",");
        }

        writer.Close(")" + end);
    }

    private static string DateExpression(DateTimeOffset? value) => value is { } date
        ? date.Ticks % TimeSpan.TicksPerSecond != 0
            ? string.Format(CultureInfo.InvariantCulture, "new global::System.DateTimeOffset({0}L, global::System.TimeSpan.FromMinutes({1}))", date.Ticks, (int)date.Offset.TotalMinutes)
            : string.Format(
            CultureInfo.InvariantCulture,
            "new global::System.DateTimeOffset({0}, {1}, {2}, {3}, {4}, {5}, global::System.TimeSpan.FromMinutes({6}))",
            date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second, (int)date.Offset.TotalMinutes)
        : "null";
}
