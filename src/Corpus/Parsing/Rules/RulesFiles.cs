using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Parsing.Rules;

/// <summary>
/// A project's rules files as one rule set: the built-in rules, then each file's on top, in ordinal path order. A
/// file that cannot be read or is not valid is left out, with its problems; the generator and the pack task both
/// report them against the file, so a project reads the same whichever storage it uses.
/// </summary>
internal static class RulesFiles
{
    /// <summary>One problem: the file, and what is wrong at which line and column (null: the file could not be read).</summary>
    public sealed record Problem(string FilePath, RuleProblem? Rule);

    public static RuleSet Combine(IEnumerable<(string FilePath, string? Text)> files, List<Problem> problems)
    {
        var rules = RuleSet.Default;
        foreach (var (path, text) in files.OrderBy(file => file.FilePath, StringComparer.Ordinal))
        {
            if (text is null)
            {
                problems.Add(new Problem(path, null));
                continue;
            }

            if (RuleSet.TryFromJson(text, rules, out var built, out var found))
            {
                rules = built!;
                continue;
            }

            problems.AddRange(found.Select(problem => new Problem(path, problem)));
        }

        return rules;
    }
}
