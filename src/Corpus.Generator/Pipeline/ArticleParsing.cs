using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Diagnostics;
using Corpus.Generator.Emit;
using Corpus.Generator.Model;
using Corpus.Parsing;

namespace Corpus.Generator.Pipeline;

/// <summary>Runs the shared parser on one file and turns its problems, or its failure, into diagnostics for that file.</summary>
internal static class ArticleParsing
{
    public static ParsedArticle Parse(ArticleInput input, RuleSet rules, CancellationToken cancellationToken)
    {
        if (input.ReadFailure is not null)
        {
            return Failed(input, DiagnosticInfo.Create(Diagnostics.InternalError, input.FilePath, 0, 0, 0, input.FilePath, input.ReadFailure));
        }

        if (input.Text is null)
        {
            return Failed(input, DiagnosticInfo.Create(Diagnostics.UnreadableFile, input.FilePath, 0, 0, 0, input.FilePath));
        }

        if (input.LegacyEncoding is not null)
        {
            var sample = TextCleaning.Clean(input.Text.Substring(0, Math.Min(40, input.Text.Length)));
            return Failed(input, DiagnosticInfo.Create(Diagnostics.NotUtf8, input.FilePath, 0, 0, 0, input.FilePath, $"{input.LegacyEncoding}: {sample}"));
        }

        try
        {
            var result = ArticleReader.Read(input.Id, input.Text, rules, cancellationToken);
            var diagnostics = new List<DiagnosticInfo>();
            var notText = false;
            foreach (var problem in result.Problems)
            {
                diagnostics.Add(ToDiagnostic(problem, input.FilePath));
                notText |= DiagnosticTexts.LeavesArticleOut(problem);
            }

            // Mojibake and binary data never enter the corpus: the article is left out until the file is fixed.
            var article = notText ? null : result.Article;
            var heapBytes = article is null ? 0 : StringHeapBudget.Of(article);
            return new ParsedArticle(input.FilePath, input.Id, input.PropertyName, article, heapBytes, new EquatableArray<DiagnosticInfo>(diagnostics));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One bad file must not fail the whole generator (CS8785): report it and leave it out.
            return Failed(input, DiagnosticInfo.Create(
                Diagnostics.InternalError, input.FilePath, 0, 0, 0, input.FilePath, $"{exception.GetType().Name}: {exception.Message}"));
        }
    }

    private static ParsedArticle Failed(ArticleInput input, DiagnosticInfo diagnostic) =>
        new(input.FilePath, input.Id, input.PropertyName, null, 0, new EquatableArray<DiagnosticInfo>([diagnostic]));

    private static DiagnosticInfo ToDiagnostic(ParseProblem problem, string filePath)
    {
        var (text, arguments) = DiagnosticTexts.ForProblem(problem, filePath);
        var isFileWide = problem.Kind == ParseProblemKind.BinaryContent;
        return DiagnosticInfo.Create(Diagnostics.ById(text.Id), filePath, isFileWide ? 0 : problem.Line, isFileWide ? 0 : problem.Column, isFileWide ? 0 : problem.Length, arguments);
    }
}
