using System;
using System.IO;
using System.Threading;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// Picks the additional files the project opted in as <c>CorpusArticle</c> items (a plain AdditionalFile from
/// another analyzer is never an article) and reads their text and per-file metadata.
/// </summary>
internal static class InputReader
{
    public const string ItemType = "CorpusArticle";
    private const string Metadata = "build_metadata.AdditionalFiles.";

    public static ArticleInput? Read(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(Metadata + "SourceItemType", out var itemType) || itemType != ItemType) return null;

        var id = Value(options, "CorpusArticleId") ?? Path.GetFileNameWithoutExtension(file.Path);
        var propertyName = Value(options, "CorpusArticlePropertyName");
        try
        {
            var text = file.GetText(cancellationToken);
            return new ArticleInput(file.Path, id, propertyName, text?.ToString(), null, LegacyEncoding(text?.Encoding));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An unreadable file is that file's problem, reported against it; it must not fail the generator.
            return new ArticleInput(file.Path, id, propertyName, null, $"{exception.GetType().Name}: {exception.Message}", null);
        }
    }

    /// <summary>
    /// The compiler decodes a file that is not valid UTF-8 (and has no byte-order mark) with a legacy code page and
    /// says so in <see cref="Microsoft.CodeAnalysis.Text.SourceText.Encoding"/>: that name, or null for Unicode.
    /// </summary>
    private static string? LegacyEncoding(System.Text.Encoding? encoding) =>
        encoding is null || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001 ? null : encoding.WebName;

    /// <summary>
    /// Metadata arrives percent-encoded (Corpus.targets escapes it) so that ';', '#', spaces, line breaks and
    /// non-ASCII characters survive the generated editorconfig.
    /// </summary>
    private static string? Value(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Metadata + name, out var value) && value.Length > 0 ? Uri.UnescapeDataString(value) : null;
}
