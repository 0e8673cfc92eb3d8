using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Parsing.Rules;

namespace Corpus;

/// <summary>
/// The conventions the parser reads pages by: named, immutable <see cref="ParseRule"/>s, checked when the set is
/// built. <see cref="Default"/> holds the built-in conventions of Vietnamese news pages; <see cref="With"/> and
/// <see cref="FromJson"/> add a project's own rules on top. Two sets with the same rules are equal.
/// </summary>
public sealed class RuleSet : IEquatable<RuleSet>
{
    /// <summary>How long a user rule's pattern may run on one piece of text before it is given up on that text.</summary>
    public static readonly TimeSpan DefaultMatchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly CompiledRule[] _compiled;
    private readonly ConcurrentDictionary<string, RuleView> _views = new(StringComparer.Ordinal);
    private readonly string _fingerprint;

    private RuleSet(CompiledRule[] compiled, TimeSpan matchTimeout)
    {
        _compiled = compiled;
        // The texts the rules require, numbered once for the set, so a line records which it holds (SourceLine.Holds).
        var literals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in compiled) rule.NumberLiterals(literals);
        MatchTimeout = matchTimeout;
        Rules = new EquatableArray<ParseRule>(compiled.Select(rule => rule.Rule).ToArray());
        _fingerprint = string.Join("\u0001", Rules.Select(Fingerprint)) + "\u0002" + matchTimeout.Ticks;
    }

    /// <summary>The built-in conventions: every one states a convention of Vietnamese news pages, on for every site.</summary>
    public static RuleSet Default { get; } = Build(BuiltInRules.All.Select(rule => (rule.Rule, rule.Hints, true)), DefaultMatchTimeout, out _)!;

    /// <summary>Everything that makes two sets read pages alike, as one string: what a cache of parsed pages is keyed by.</summary>
    internal string Identity => _fingerprint;

    /// <summary>Every rule, in the order they are tried: highest precedence first, then by name.</summary>
    public EquatableArray<ParseRule> Rules { get; }

    /// <summary>How long a user rule's pattern may run on one piece of text.</summary>
    public TimeSpan MatchTimeout { get; }

    /// <summary>The shared shapes patterns may use as <c>{name}</c>, with what each matches.</summary>
    public static IReadOnlyDictionary<string, string> Macros { get; } =
        RuleGrammar.Macros.ToDictionary(pair => pair.Key, pair => pair.Value.Meaning, StringComparer.Ordinal);

    /// <summary>The named groups a rule of <paramref name="kind"/> may capture.</summary>
    public static IReadOnlyList<string> GroupsOf(PieceKind kind) => RuleGrammar.GroupsOf(kind);

    /// <summary>Where a rule of <paramref name="kind"/> may apply.</summary>
    public static RulePlacement PlacesOf(PieceKind kind) => RuleGrammar.PlacesOf(kind);

    /// <summary>A set of exactly <paramref name="rules"/> (no built-in ones).</summary>
    /// <exception cref="RuleSetException">A rule is wrong: its message lists every problem.</exception>
    public static RuleSet Create(IEnumerable<ParseRule> rules) => Create(rules, DefaultMatchTimeout);

    /// <inheritdoc cref="Create(IEnumerable{ParseRule})"/>
    /// <param name="rules">The rules.</param>
    /// <param name="matchTimeout">How long one pattern may run on one piece of text.</param>
    public static RuleSet Create(IEnumerable<ParseRule> rules, TimeSpan matchTimeout) =>
        Build(rules.Select(rule => (rule, RuleHints.None, false)), matchTimeout, out var problems) ?? throw new RuleSetException(problems);

    /// <summary>
    /// This set with <paramref name="rules"/> added (a rule named like one of this set's replaces it) and the rules
    /// named in <paramref name="disable"/> turned off.
    /// </summary>
    /// <exception cref="RuleSetException">A rule is wrong, or a disabled name is no rule of this set.</exception>
    public RuleSet With(IEnumerable<ParseRule> rules, IEnumerable<string>? disable = null) =>
        TryWith(rules, disable, out var problems) ?? throw new RuleSetException(problems);

    /// <summary>Reads a rules file (see <c>docs/rules.md</c>) and adds its rules on top of <see cref="Default"/>.</summary>
    /// <param name="json">The file's text.</param>
    /// <exception cref="RuleSetException">The file is not valid: every problem, located by line and column.</exception>
    public static RuleSet FromJson(string json) =>
        TryFromJson(json, out var rules, out var problems) ? rules! : throw new RuleSetException(problems);

    /// <summary>Reads a rules file and adds its rules on top of <see cref="Default"/>; false, with located problems, when it is not valid.</summary>
    public static bool TryFromJson(string json, out RuleSet? rules, out IReadOnlyList<RuleProblem> problems) =>
        TryFromJson(json, Default, out rules, out problems);

    /// <summary>Reads a rules file and adds its rules on top of <paramref name="baseRules"/> (another file's, say).</summary>
    public static bool TryFromJson(string json, RuleSet baseRules, out RuleSet? rules, out IReadOnlyList<RuleProblem> problems)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        if (baseRules is null) throw new ArgumentNullException(nameof(baseRules));
        rules = null;
        var file = RulesFile.Read(json, out var fileProblems);
        if (file is null || fileProblems.Count > 0)
        {
            problems = fileProblems;
            return false;
        }

        var timeout = file.MatchTimeoutMilliseconds is { } milliseconds ? TimeSpan.FromMilliseconds(milliseconds) : DefaultMatchTimeout;
        var built = baseRules.WithTimeout(timeout).TryWith(file.Rules.Select(entry => entry.Rule), file.Disable.Select(entry => entry.Name), out var ruleProblems);
        problems = ruleProblems.Select(problem => file.Locate(problem)).ToList();
        rules = built;
        return built is not null;
    }

    private RuleSet WithTimeout(TimeSpan timeout) =>
        timeout == MatchTimeout ? this : Build(_compiled.Select(rule => (rule.Rule, rule.Hints, rule.BuiltIn)), timeout, out _)!;

    private RuleSet? TryWith(IEnumerable<ParseRule> rules, IEnumerable<string>? disable, out IReadOnlyList<RuleProblem> problems)
    {
        var added = rules.ToList();
        var disabled = new HashSet<string>(disable ?? [], StringComparer.Ordinal);
        var unknown = disabled.Where(name => _compiled.All(rule => rule.Name != name)).ToList();
        var replaced = new HashSet<string>(added.Select(rule => rule.Name), StringComparer.Ordinal);

        var kept = _compiled
            .Where(rule => !disabled.Contains(rule.Name) && !replaced.Contains(rule.Name))
            .Select(rule => (rule.Rule, rule.Hints, rule.BuiltIn));
        var result = Build(kept.Concat(added.Select(rule => (rule, RuleHints.None, false))), MatchTimeout, out var buildProblems);
        problems = [.. unknown.Select(name => new RuleProblem(name, $"'disable' names no rule; 'corpus rules' lists them", 0, 0)), .. buildProblems];
        return problems.Count == 0 ? result : null;
    }

    private static RuleSet? Build(IEnumerable<(ParseRule Rule, RuleHints Hints, bool BuiltIn)> rules, TimeSpan timeout, out IReadOnlyList<RuleProblem> problems)
    {
        var found = new List<RuleProblem>();
        var compiled = new List<CompiledRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rule, hints, builtIn) in rules)
        {
            if (rule.Name.Trim().Length == 0 || rule.Name.Trim() != rule.Name)
            {
                found.Add(new RuleProblem(rule.Name, "a rule needs a name without leading or trailing spaces", 0, 0));
                continue;
            }

            if (!names.Add(rule.Name))
            {
                found.Add(new RuleProblem(rule.Name, "two rules have this name; names must be unique", 0, 0));
                continue;
            }

            foreach (var site in rule.Sites.Where(site => !IsHost(site)))
            {
                found.Add(new RuleProblem(rule.Name, $"'{site}' in 'sites' is not a host name such as example.vn", 0, 0));
            }

            if (rule.IsStructural)
            {
                compiled.Add(new CompiledRule(rule, "", hints, builtIn, timeout));
                continue;
            }

            var expanded = RuleGrammar.Expand(rule.Pattern, out var macroProblem);
            if (macroProblem is not null)
            {
                found.Add(new RuleProblem(rule.Name, macroProblem, 0, 0));
                continue;
            }

            Regex regex;
            try
            {
                regex = new Regex(expanded, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
            }
            catch (ArgumentException exception)
            {
                found.Add(new RuleProblem(rule.Name, $"the pattern is not a valid regular expression: {exception.Message}", 0, 0));
                continue;
            }

            if (regex.IsMatch(""))
            {
                found.Add(new RuleProblem(rule.Name, "the pattern matches empty text, so it would claim nothing; make it require at least one character", 0, 0));
            }

            found.AddRange(RuleGrammar.Check(rule, regex).Select(message => new RuleProblem(rule.Name, message, 0, 0)));
            compiled.Add(new CompiledRule(rule, expanded, hints, builtIn, timeout));
        }

        problems = found;
        if (found.Count > 0) return null;
        compiled.Sort(static (left, right) => left.Rule.Precedence != right.Rule.Precedence
            ? right.Rule.Precedence.CompareTo(left.Rule.Precedence)
            : string.CompareOrdinal(left.Name, right.Name));
        return new RuleSet([.. compiled], timeout);
    }

    private static bool IsHost(string site) =>
        site.Length > 0 && site.Split('.').All(label => label.Length > 0 && label.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'));

    /// <summary>The rules that apply to pages of <paramref name="site"/>, grouped by where they apply (cached per site).</summary>
    internal RuleView For(string? site) => _views.GetOrAdd(site ?? "", key => new RuleView(_compiled, key.Length == 0 ? null : key));

    private static string Fingerprint(ParseRule rule) =>
        string.Join("\u0000", rule.Name, rule.Kind, rule.Pattern, rule.Placement, rule.Precedence, string.Join(",", rule.Sites), rule.IsStructural);

    /// <inheritdoc />
    public bool Equals(RuleSet? other) => other is not null && (ReferenceEquals(this, other) || _fingerprint == other._fingerprint);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_fingerprint);
}

/// <summary>A rule set that could not be built; <see cref="Problems"/> says why.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/>.</summary>
    public RuleSetException(IReadOnlyList<RuleProblem> problems)
        : base("The rules are not valid: " + string.Join("; ", problems.Select(problem => problem.Line > 0 || problem.Column > 0 ? $"({problem.Line + 1},{problem.Column + 1}) {problem}" : problem.ToString())))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; }
}
