using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Diagnostics;

namespace Corpus.Cli;

/// <summary>
/// Where a command's articles come from: the seed corpus compiled into the tool, or a folder of page files parsed at
/// run time by the same rules as the build, which reports each file's problems as the build would.
/// </summary>
internal sealed class CorpusSource
{
    private readonly DirectoryInfo? _directory;
    private readonly RuleSet _rules;
    private readonly ProblemReporter _problems;

    public CorpusSource(DirectoryInfo? directory, RuleSet rules, ProblemReporter problems)
    {
        _directory = directory;
        _rules = rules;
        _problems = problems;
    }

    /// <summary>The page files of the folder, like CorpusArticle items: every <c>*.txt</c> under it, in ordinal path order.</summary>
    public IReadOnlyList<string> Files => _directory is null
        ? []
        : _directory.EnumerateFiles("*.txt", SearchOption.AllDirectories).Select(file => file.FullName).OrderBy(path => path, StringComparer.Ordinal).ToList();

    /// <summary>How many articles <see cref="Articles"/> will go through (files for a folder).</summary>
    public int Count => _directory is null ? Corpus.Seeds.Articles.Ids.Count : Files.Count;

    /// <summary>Every article, in id order; files whose problems leave them out are reported and skipped, as in the build.</summary>
    public IEnumerable<Article> Articles(Action? advance = null)
    {
        if (_directory is null)
        {
            foreach (var article in Corpus.Seeds.Articles.All)
            {
                advance?.Invoke();
                yield return article;
            }

            yield break;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Files.OrderBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal).ThenBy(path => path, StringComparer.Ordinal))
        {
            advance?.Invoke();
            var id = Path.GetFileNameWithoutExtension(path);
            if (seen.TryGetValue(id, out var first))
            {
                _problems.Report(DiagnosticTexts.DuplicateId, path, 0, 0, [id, path, first]);
                continue;
            }

            seen.Add(id, path);
            var article = ParseFile(path);
            if (article is not null) yield return article;
        }
    }

    /// <summary>Parses one file, reporting its problems; null when they leave it out or it cannot be read.</summary>
    public Article? ParseFile(string path)
    {
        ArticleParseResult result;
        try
        {
            result = ArticleParser.ParseFileDetailed(path, _rules);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _problems.Report(DiagnosticTexts.UnreadableFile, path, 0, 0, [path]);
            return null;
        }

        foreach (var problem in result.Problems)
        {
            var (text, arguments) = DiagnosticTexts.ForProblem(problem, path);
            var fileWide = problem.Kind == ParseProblemKind.BinaryContent;
            _problems.Report(text, path, fileWide ? 0 : problem.Line, fileWide ? 0 : problem.Column, arguments);
        }

        return result.Problems.Any(DiagnosticTexts.LeavesArticleOut) ? null : result.Article;
    }

    /// <summary>The article with id <paramref name="id"/>, or null.</summary>
    public Article? Find(string id)
    {
        if (_directory is null) return Corpus.Seeds.Articles.TryGet(id, out var seed) ? seed : null;
        var path = Files.FirstOrDefault(file => Path.GetFileNameWithoutExtension(file) == id);
        return path is null ? null : ParseFile(path);
    }

    /// <summary>Every id, for messages.</summary>
    public IEnumerable<string> Ids => _directory is null
        ? Corpus.Seeds.Articles.Ids
        : Files.Select(Path.GetFileNameWithoutExtension).OfType<string>();
}

/// <summary>
/// Prints problems on standard error the way MSBuild prints the build's: <c>file(line,col): warning CORPUS001: …</c>.
/// </summary>
internal sealed class ProblemReporter(TextWriter error)
{
    /// <summary>How many warnings and errors were printed.</summary>
    public int Count { get; private set; }

    /// <summary>How many errors were printed.</summary>
    public int Errors { get; private set; }

    public void Report(DiagnosticText text, string file, int line, int column, string[] arguments)
    {
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, text.Format, arguments);
        var severity = text.Level switch
        {
            DiagnosticLevel.Error => "error",
            DiagnosticLevel.Warning => "warning",
            _ => "info",
        };
        if (text.Level != DiagnosticLevel.Info) Count++;
        if (text.Level == DiagnosticLevel.Error) Errors++;
        error.WriteLine($"{file}({line + 1},{column + 1}): {severity} {text.Id}: {message}");
    }
}
