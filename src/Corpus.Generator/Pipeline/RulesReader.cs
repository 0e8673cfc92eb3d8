using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Corpus.Parsing.Rules;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// Reads the project's <c>CorpusRules</c> files and builds the rule set every article is read by: the built-in rules,
/// then each file's on top, in path order. A file that is not valid gives CORPUS014 located in it and is left out.
/// </summary>
internal static class RulesReader
{
    public const string ItemType = "CorpusRules";
    private const string Metadata = "build_metadata.AdditionalFiles.";

    /// <summary>The text of a rules file the project lists, or null for any other additional file.</summary>
    public static RulesInput? Read(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(Metadata + "SourceItemType", out var itemType) || itemType != ItemType) return null;
        try
        {
            return new RulesInput(file.Path, file.GetText(cancellationToken)?.ToString());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new RulesInput(file.Path, null);
        }
    }

    public static ProjectRules Build(ImmutableArray<RulesInput> files, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var problems = new List<RulesFiles.Problem>();
        var rules = RulesFiles.Combine(files.Select(file => (file.FilePath, file.Text)), problems);
        var diagnostics = problems.Select(problem => problem.Rule is null
            ? DiagnosticInfo.Create(Diagnostics.UnreadableFile, problem.FilePath, 0, 0, 0, problem.FilePath)
            : DiagnosticInfo.Create(Diagnostics.InvalidRules, problem.FilePath, problem.Rule.Line, problem.Rule.Column, 0, problem.FilePath, problem.Rule.ToString()));
        return new ProjectRules(rules, new EquatableArray<DiagnosticInfo>(diagnostics));
    }
}
