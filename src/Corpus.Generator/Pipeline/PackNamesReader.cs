using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Corpus.Generator.Model;
using Corpus.Packing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// With <c>CorpusStorage=Packed</c> the pages are parsed by the pack task, which writes each packed article's id,
/// requested name and title beside the pack (see <see cref="PackNames"/>); the targets list that file as a
/// <c>CorpusPackNames</c> additional file, and this reads it so packed articles get properties too.
/// </summary>
internal static class PackNamesReader
{
    public const string ItemType = "CorpusPackNames";
    private const string Metadata = "build_metadata.AdditionalFiles.";

    /// <summary>The packed articles a names file lists, in pack order, or null for any other additional file.</summary>
    public static PackedArticles? Read(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(Metadata + "SourceItemType", out var itemType) || itemType != ItemType) return null;
        string? text;
        try
        {
            text = file.GetText(cancellationToken)?.ToString();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            text = null;
        }

        var entries = text is null ? null : PackNames.Parse(text);
        if (entries is null)
        {
            // Written by the task of this same build, so this means the file was damaged in between; say where it is.
            return new PackedArticles(default, new EquatableArray<DiagnosticInfo>([DiagnosticInfo.Create(Diagnostics.UnreadableFile, file.Path, 0, 0, 0, file.Path)]));
        }

        var identities = entries.Select((entry, index) => new ArticleIdentity(entry.FilePath, entry.Id, entry.PropertyName, entry.Title, HeapBytes: 0, PackIndex: index));
        return new PackedArticles(new EquatableArray<ArticleIdentity>(identities), default);
    }

    /// <summary>Every packed article; a project has one names file, or none when it is not packed.</summary>
    public static PackedArticles Combine(ImmutableArray<PackedArticles> files) => files.Length switch
    {
        0 => new PackedArticles(default, default),
        1 => files[0],
        _ => new PackedArticles(
            new EquatableArray<ArticleIdentity>(files.SelectMany(file => file.Articles)),
            new EquatableArray<DiagnosticInfo>(files.SelectMany(file => file.Diagnostics))),
    };
}
