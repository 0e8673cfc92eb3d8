using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Diagnostics;
using Corpus.Packing;
using Corpus.Parsing;
using Corpus.Parsing.Rules;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Corpus.Tasks;

/// <summary>
/// Parses every <c>CorpusArticle</c> file and writes the corpus as one pack (see <c>PackLayout</c>) for the build
/// to embed, reporting the same CORPUS diagnostics as the generator against the files. Files are parsed in
/// parallel batches and written in id order, so memory stays flat whatever the corpus size. On any error no pack
/// is written, so the next build tries again.
/// </summary>
public sealed class PackCorpus : MSBuildTask, ICancelableTask
{
    private const int BatchSize = 256;
    private const int FileBuffer = 1 << 16;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly CancellationTokenSource _cancellation = new();
    private RuleSet _rules = RuleSet.Default;

    /// <summary>The article files; optional <c>Id</c> metadata overrides the id taken from the file name.</summary>
    public ITaskItem[] Articles { get; set; } = [];

    /// <summary>The project's rules files (<c>CorpusRules</c> items), on top of the built-in rules in path order.</summary>
    public ITaskItem[] Rules { get; set; } = [];

    /// <summary>Where the package's docs/diagnostics.md is (a path or URL), so each error links to its section.</summary>
    public string? HelpPage { get; set; }

    /// <summary>Where to write the names file (see <c>PackNames</c>) the generator names a property per article from; none when empty.</summary>
    public string? NamesFile { get; set; }

    /// <summary>
    /// Where to keep what the pack holds file by file (see <c>PackCache</c>), so the next pack parses only the files
    /// that changed; none when empty.
    /// </summary>
    public string? CacheFile { get; set; }

    /// <summary>Where to write the pack.</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc />
    [MethodImpl(Jit.ParseLoop)]
    public override bool Execute()
    {
        var files = Inputs();
        _rules = ReadRules();
        if (Log.HasLoggedErrors) return DeleteStalePack();

        var temporary = OutputFile + ".tmp";
        var names = new List<PackNames.Entry>(files.Count);
        var entries = new List<PackCache.Entry>(files.Count);
        var cacheKey = $"{PackLayout.Version}|{typeof(PackCorpus).Assembly.ManifestModule.ModuleVersionId}|{_rules.Identity}";
        var reused = 0;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
            using (var cache = string.IsNullOrEmpty(CacheFile) ? null : PackCache.Open(CacheFile!, OutputFile, cacheKey))
            using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, FileBuffer))
            {
                var writer = new PackWriter(output);
                var reusedBytes = new byte[FileBuffer];
                for (var start = 0; start < files.Count; start += BatchSize)
                {
                    var batch = files.Skip(start).Take(BatchSize).ToArray();
                    var results = new Parsed[batch.Length];
                    Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = _cancellation.Token }, i => results[i] = Parse(batch[i], cache));
                    foreach (var parsed in results)
                    {
                        // An unchanged file's article is copied here, in pack order, so the previous pack is read from start to end once.
                        var result = parsed.Reused is { } previous && !cache!.TryReadChunk(previous, ref reusedBytes) ? Parse(parsed.File, cache: null) : parsed;
                        foreach (var (text, line, column, length, arguments) in result.Diagnostics) Report(text, result.File.Path, line, column, length, arguments);
                        if (Log.HasLoggedErrors) continue;
                        var position = writer.Position;
                        uint recordOffset;
                        int chunkLength;
                        if (result.Reused is { } entry)
                        {
                            (recordOffset, chunkLength) = (entry.RecordOffset, entry.ChunkLength);
                            writer.Add(result.File.Id, Encoding.UTF8.GetBytes(result.File.Id), Encoding.UTF8.GetBytes(entry.Title), recordOffset, reusedBytes, chunkLength);
                            reused++;
                        }
                        else if (result.Chunk is { } chunk)
                        {
                            (recordOffset, chunkLength) = (chunk.RecordOffset, chunk.Bytes.Length);
                            writer.Add(chunk);
                        }
                        else
                        {
                            continue;
                        }

                        entries.Add(new PackCache.Entry(
                            result.File.Path, result.File.Id, result.Length, result.LastWriteTicks, result.Hash, position, chunkLength, recordOffset, result.Title,
                            result.Diagnostics.Select(d => new PackCache.CachedDiagnostic(d.Text.Id, d.Line, d.Column, d.Length, d.Arguments)).ToList()));
                        names.Add(new PackNames.Entry(result.File.Path, result.File.Id, result.File.PropertyName, result.Title));
                    }
                }

                writer.Finish();
            }

            if (Log.HasLoggedErrors) return DeleteStalePack();
            if (!SameBytes(temporary, OutputFile))
            {
                if (File.Exists(OutputFile)) File.Delete(OutputFile);
                File.Move(temporary, OutputFile);
            }

            WriteNames(names);
            if (!string.IsNullOrEmpty(CacheFile)) PackCache.Write(CacheFile!, OutputFile, cacheKey, entries);
            Log.LogMessage(MessageImportance.Normal, $"Corpus: packed {entries.Count} articles into {OutputFile} ({entries.Count - reused} parsed, {reused} unchanged since the previous pack).");
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>The rules every article is read by; a rules file that is not valid is CORPUS014, located in it.</summary>
    private RuleSet ReadRules()
    {
        var problems = new List<RulesFiles.Problem>();
        var rules = RulesFiles.Combine(Rules.Select(item => item.GetMetadata("FullPath")).Select(path => (path, ReadText(path))), problems);
        foreach (var problem in problems)
        {
            if (problem.Rule is null) Report(DiagnosticTexts.UnreadableFile, problem.FilePath, 0, 0, 0, [problem.FilePath]);
            else Report(DiagnosticTexts.InvalidRules, problem.FilePath, problem.Rule.Line, problem.Rule.Column, 0, [problem.FilePath, problem.Rule.ToString()]);
        }

        return rules;
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, StrictUtf8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the new pack equals the one already there (a file saved again unchanged, a touched rules file): then
    /// the old one stays, its timestamp too, so the compiler does not run again for nothing.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    private static bool SameBytes(string newPack, string oldPack)
    {
        if (!File.Exists(oldPack) || new FileInfo(oldPack).Length != new FileInfo(newPack).Length) return false;
        using var left = File.OpenRead(newPack);
        using var right = File.OpenRead(oldPack);
        var (leftBuffer, rightBuffer) = (new byte[FileBuffer], new byte[FileBuffer]);
        while (true)
        {
            var read = ReadFully(left, leftBuffer);
            if (read != ReadFully(right, rightBuffer)) return false;
            if (read == 0) return true;
            // Eight bytes at a time: packs of equal length are compared whole (tens of megabytes).
            var i = 0;
            for (; i + sizeof(ulong) <= read; i += sizeof(ulong))
            {
                if (BitConverter.ToUInt64(leftBuffer, i) != BitConverter.ToUInt64(rightBuffer, i)) return false;
            }

            for (; i < read; i++)
            {
                if (leftBuffer[i] != rightBuffer[i]) return false;
            }
        }
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
        return total;
    }

    /// <summary>A pack from an earlier build must not outlive a failed one: the next build packs again from scratch.</summary>
    private bool DeleteStalePack()
    {
        if (File.Exists(OutputFile)) File.Delete(OutputFile);
        foreach (var file in new[] { NamesFile, CacheFile })
        {
            if (!string.IsNullOrEmpty(file) && File.Exists(file)) File.Delete(file);
        }

        return false;
    }

    /// <summary>Writes the names file only when it changes, so a body edit leaves the generator's naming step cached.</summary>
    private void WriteNames(List<PackNames.Entry> names)
    {
        if (string.IsNullOrEmpty(NamesFile)) return;
        var text = PackNames.Format(names);
        if (File.Exists(NamesFile) && File.ReadAllText(NamesFile, StrictUtf8) == text) return;
        File.WriteAllText(NamesFile, text, StrictUtf8);
    }

    /// <summary>The files with their ids, in ordinal id order; a repeated id is CORPUS004 at the later path.</summary>
    private List<ArticleFile> Inputs()
    {
        var files = Articles.Select(item =>
        {
            var path = item.GetMetadata("FullPath");
            var id = item.GetMetadata("Id") is { Length: > 0 } given ? given : Path.GetFileNameWithoutExtension(path);
            return new ArticleFile(path, id, item.GetMetadata("PropertyName") is { Length: > 0 } name ? name : null);
        }).ToList();
        // As the generator and the command line decide: of two files with one id, the first path in ordinal order is kept.
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            if (firstById.TryGetValue(file.Id, out var first)) Report(DiagnosticTexts.DuplicateId, file.Path, 0, 0, 0, [file.Id, file.Path, first]);
            else firstById.Add(file.Id, file.Path);
        }

        files.Sort(static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        return files;
    }

    [MethodImpl(Jit.ParseLoop)]
    private Parsed Parse(ArticleFile file, PackCache? cache)
    {
        byte[] bytes;
        long lastWriteTicks;
        try
        {
            // Stated before the read: a write in between leaves a time the next pack sees as changed.
            var info = new FileInfo(file.Path);
            lastWriteTicks = info.LastWriteTimeUtc.Ticks;
            if (cache is not null && info.Exists && cache.TryGetUntouched(file.Path, file.Id, info.Length, lastWriteTicks, out var untouchedEntry)
                && FromCache(file, untouchedEntry, lastWriteTicks) is { } untouched)
            {
                return untouched;
            }

            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Parsed.Failed(file, DiagnosticTexts.UnreadableFile, file.Path);
        }

        var hash = PackCache.Hash(bytes);
        if (cache is not null && cache.TryGet(file.Path, file.Id, bytes.Length, hash, out var entry) && FromCache(file, entry, lastWriteTicks) is { } unchanged)
        {
            return unchanged;
        }

        try
        {
            var result = ArticleFiles.Parse(bytes, file.Id, _rules, _cancellation.Token);
            var diagnostics = result.Problems.Select(problem =>
            {
                var (diagnostic, arguments) = DiagnosticTexts.ForProblem(problem, file.Path);
                var fileWide = problem.Kind == ParseProblemKind.BinaryContent;
                return (diagnostic, fileWide ? 0 : problem.Line, fileWide ? 0 : problem.Column, fileWide ? 0 : problem.Length, arguments);
            }).ToList();
            var leftOut = result.Problems.Any(DiagnosticTexts.LeavesArticleOut);
            return new Parsed(file, leftOut ? null : PackWriter.Chunk(result.Article), diagnostics, result.Article.Title, bytes.Length, lastWriteTicks, hash);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Parsed.Failed(file, DiagnosticTexts.InternalError, file.Path, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>
    /// An unchanged file, with the warnings it gave; its article is copied from the previous pack when written. Null
    /// when a cached warning is not one this build knows.
    /// </summary>
    private static Parsed? FromCache(ArticleFile file, PackCache.Entry entry, long lastWriteTicks)
    {
        var diagnostics = new List<(DiagnosticText Text, int Line, int Column, int Length, string[] Arguments)>(entry.Diagnostics.Count);
        foreach (var cached in entry.Diagnostics)
        {
            if (DiagnosticTexts.ById(cached.Id) is not { } text) return null;
            diagnostics.Add((text, cached.Line, cached.Column, cached.Length, cached.Arguments));
        }

        return new Parsed(file, null, diagnostics, entry.Title, entry.Length, lastWriteTicks, entry.Hash, Reused: entry);
    }

    private void Report(DiagnosticText text, string file, int line, int column, int length, string[] arguments) =>
        Log.Report(HelpPage, text, file, line, column, length, arguments);

    private sealed record ArticleFile(string Path, string Id, string? PropertyName);

    /// <summary>
    /// A file's diagnostics and, unless they leave it out, its packed bytes (built on the parsing thread) or, for an
    /// unchanged file, the cache entry to copy them from; and its title.
    /// </summary>
    private sealed record Parsed(
        ArticleFile File,
        PackChunk? Chunk,
        List<(DiagnosticText Text, int Line, int Column, int Length, string[] Arguments)> Diagnostics,
        string Title = "",
        long Length = 0,
        long LastWriteTicks = 0,
        ulong Hash = 0,
        PackCache.Entry? Reused = null)
    {
        public static Parsed Failed(ArticleFile file, DiagnosticText text, params string[] arguments) => new(file, null, [(text, 0, 0, 0, arguments)]);
    }
}
