using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Corpus.Parsing;

namespace Corpus;

/// <summary>
/// Parses a scraped news page into an <see cref="Article"/> at run time, by the same rules the corpus generator
/// applies at compile time: an article parsed here equals the generated one for the same text.
/// </summary>
public static class ArticleParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses <paramref name="text"/> as the page with id <paramref name="id"/>.</summary>
    /// <param name="id">The article's id, usually its file name without extension.</param>
    /// <param name="text">The page's text as decoded; it becomes <see cref="Article.Raw"/> unchanged.</param>
    /// <returns>The article. Problems found on the way are dropped; use <see cref="ParseDetailed(string, string, System.Threading.CancellationToken)"/> to see them.</returns>
    public static Article Parse(string id, string text) => ParseDetailed(id, text).Article;

    /// <summary>Parses <paramref name="text"/> and reports what the parser found wrong with it.</summary>
    /// <param name="id">The article's id, usually its file name without extension.</param>
    /// <param name="text">The page's text as decoded; it becomes <see cref="Article.Raw"/> unchanged.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    public static ArticleParseResult ParseDetailed(string id, string text, CancellationToken cancellationToken = default)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        if (text is null) throw new ArgumentNullException(nameof(text));
        return ArticleReader.Read(id, text, RuleSet.Default, cancellationToken);
    }

    /// <summary>Parses <paramref name="text"/> by <paramref name="rules"/> (the built-in rules with a project's on top, say) and reports the problems.</summary>
    /// <param name="id">The article's id.</param>
    /// <param name="text">The page's text as decoded.</param>
    /// <param name="rules">The rules to read the page by.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    public static ArticleParseResult ParseDetailed(string id, string text, RuleSet rules, CancellationToken cancellationToken = default)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (rules is null) throw new ArgumentNullException(nameof(rules));
        return ArticleReader.Read(id, text, rules, cancellationToken);
    }

    /// <summary>
    /// Says how the page was read: every piece (a line, or part of one) in page order, with its kind and the rule that
    /// claimed it. What <c>corpus explain</c> prints.
    /// </summary>
    /// <param name="text">The page's text as decoded.</param>
    /// <param name="rules">The rules to read the page by; null for <see cref="RuleSet.Default"/>.</param>
    public static IReadOnlyList<ArticlePiece> Explain(string text, RuleSet? rules = null)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        ArticleReader.Explain("explain", text, rules ?? RuleSet.Default, CancellationToken.None, out var pieces);
        return pieces;
    }

    /// <summary>Reads a page file the way the build does and says how it was read, piece by piece (see <see cref="Explain"/>).</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="rules">The rules to read the page by; null for <see cref="RuleSet.Default"/>.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<ArticlePiece> ExplainFile(string path, RuleSet? rules = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return Explain(ArticleFiles.Decode(File.ReadAllBytes(path)), rules);
    }

    /// <summary>Reads a rules file (UTF-8 JSON, see docs/rules.md) and puts its rules on top of the built-in ones.</summary>
    /// <param name="path">The rules file.</param>
    /// <exception cref="RuleSetException">The file is not valid; every problem is located by line and column.</exception>
    public static RuleSet LoadRules(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return RuleSet.FromJson(File.ReadAllText(path, StrictUtf8));
    }

    /// <summary>Reads a UTF-8 file (a byte-order mark is allowed) and parses it; the id is the file name without extension.</summary>
    /// <param name="path">The file to read.</param>
    /// <exception cref="InvalidDataException">The file is not valid UTF-8, or not text at all.</exception>
    public static Article ParseFile(string path) => ParseFile(path, RuleSet.Default);

    /// <summary>Reads a UTF-8 file and parses it by <paramref name="rules"/>; the id is the file name without extension.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="rules">The rules to read the page by.</param>
    /// <exception cref="InvalidDataException">The file is not valid UTF-8, or not text at all.</exception>
    public static Article ParseFile(string path, RuleSet rules)
    {
        var result = ParseFileDetailed(path, rules);
        foreach (var problem in result.Problems)
        {
            if (problem.Kind == ParseProblemKind.MisdecodedText) throw new InvalidDataException($"'{path}' is not valid UTF-8 (line {problem.Line + 1}: '{problem.Text}'); save it as UTF-8 and try again.");
            if (problem.Kind == ParseProblemKind.BinaryContent) throw new InvalidDataException($"'{path}' is a binary file, not text.");
        }

        return result.Article;
    }

    /// <summary>
    /// Reads a file the way the build does (a byte-order mark decides the encoding, else UTF-8) and parses it,
    /// reporting every problem the build would: a file that is not valid UTF-8 or not text at all has a
    /// <see cref="ParseProblemKind.MisdecodedText"/> or <see cref="ParseProblemKind.BinaryContent"/> problem, and the
    /// build leaves such an article out. The id is the file name without extension.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="rules">The rules to read the page by; null for <see cref="RuleSet.Default"/>.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ArticleParseResult ParseFileDetailed(string path, RuleSet? rules = null, CancellationToken cancellationToken = default)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return ArticleFiles.Parse(File.ReadAllBytes(path), Path.GetFileNameWithoutExtension(path), rules ?? RuleSet.Default, cancellationToken);
    }
}
