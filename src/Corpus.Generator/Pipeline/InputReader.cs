using System;
using System.IO;
using System.Threading;
using Corpus.Generator.Model;
using Corpus.Parsing;
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
            var content = text?.ToString();
            var legacy = LegacyEncoding(text?.Encoding);
            if (legacy is not null && content is not null && AsOnDisk(content, text!.Encoding!) is { } redecoded)
            {
                // Read as every other path reads the file: the parser then reports CORPUS003 where the first invalid
                // sequence is, with the same message as the pack task and the run-time parser.
                (content, legacy) = (redecoded, null);
            }

            return new ArticleInput(file.Path, id, propertyName, content, null, legacy);
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
    /// The file's bytes, recovered from the compiler's single-byte legacy decoding (which maps every byte to one
    /// character and back), decoded as UTF-8 the way <see cref="ArticleFiles.Decode"/> reads them; null when that
    /// shows no invalid sequence, so the file is reported as a whole.
    /// </summary>
    private static string? AsOnDisk(string text, System.Text.Encoding legacy)
    {
        if (!legacy.IsSingleByte) return null;
        var decoded = ArticleFiles.Decode(legacy.GetBytes(text));
        return decoded.IndexOf('\uFFFD') >= 0 ? decoded : null;
    }

    /// <summary>
    /// Metadata arrives percent-encoded (Corpus.targets escapes it) so that ';', '#', spaces, line breaks and
    /// non-ASCII characters survive the generated editorconfig.
    /// </summary>
    private static string? Value(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Metadata + name, out var value) && value.Length > 0 ? Uri.UnescapeDataString(value) : null;
}
