using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Corpus.Parsing.Text;

namespace Corpus.Parsing.Rules;

/// <summary>The structural rules the reader implements in code, by their names in <see cref="BuiltInRules"/>.</summary>
internal enum StructuralRule
{
    None,
    FrontMatter,
    Headline,
    HeadlineWithFullStop,
    TitleRepeated,
    StoryHeading,
    DoubledHeadline,
    CaptionAfterLabel,
    CaptionBeforeCredit,
    EndMark,
    ListItems,
}

/// <summary>
/// A checked rule ready to run: its pattern expanded and compiled once per place it applies (a whole line, at a
/// sentence start, at the end of the story's text), with the literal text every match must contain as a cheap
/// prefilter.
/// </summary>
internal sealed class CompiledRule
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>A match inside a line must end where a word ends.</summary>
    private const string WordEnd = @"(?=$|[\s.,;:!?…)\]”""’'])";

    /// <summary>
    /// A match at the end of the story's text must start where a word starts, and not inside a compound a hyphen
    /// joins ('Sở KH-CN', 'Su-30'): its second half is no name of its own.
    /// </summary>
    private const string WordStart = @"(?<![\p{L}\p{M}\p{Nd}])(?<![\p{L}\p{M}\p{Nd}]-)";

    public CompiledRule(ParseRule rule, string expanded, RuleHints hints, bool builtIn, TimeSpan timeout)
    {
        Rule = rule;
        Name = rule.Name;
        Kind = rule.Kind;
        Placement = rule.Placement;
        IsStructural = rule.IsStructural;
        Structure = rule.IsStructural && Enum.TryParse<StructuralRule>(rule.Name.Replace("-", ""), ignoreCase: true, out var structure) ? structure : StructuralRule.None;
        Hints = hints;
        BuiltIn = builtIn;
        _literals = LiteralAlternatives(expanded);
        // The built-in patterns are checked against pathological text by the fuzz tests; a project's run under the timeout.
        if (builtIn) timeout = Regex.InfiniteMatchTimeout;
        if (rule.IsStructural) return;
        if ((rule.Placement & (RulePlacement.Anywhere | RulePlacement.Opening | RulePlacement.AfterImageLabel | RulePlacement.InList)) != 0)
        {
            _whole = new TieredRegex($"^(?:{expanded})$", Options, timeout);
        }

        if ((rule.Placement & RulePlacement.InsideLine) != 0) _inside = new TieredRegex($@"\G(?:{expanded}){WordEnd}", Options, timeout);
        if ((rule.Placement & RulePlacement.Closing) != 0) _tail = new TieredRegex($"{WordStart}(?:{expanded})$", Options, timeout);
    }

    public ParseRule Rule { get; }

    /// <summary>Whether the rule ships with the parser (checked by the fuzz tests, so no match timeout) rather than a project's.</summary>
    public bool BuiltIn { get; }

    // Copied out of the rule: the reader reads them for every rule on every line.
    public readonly string Name;
    public readonly PieceKind Kind;
    public readonly RulePlacement Placement;
    public readonly bool IsStructural;

    /// <summary>Which structural rule this is (the reader's code for it), or <see cref="StructuralRule.None"/>.</summary>
    public readonly StructuralRule Structure;

    /// <summary>What every match is known to hold, to skip the rule cheaply.</summary>
    public RuleHints Hints { get; }

    private readonly TieredRegex? _whole;
    private readonly TieredRegex? _inside;
    private readonly TieredRegex? _tail;

    // A pattern that is only literal alternatives ('Tin liên quan|Tiêu điểm') matches a whole line by lookup.
    private readonly HashSet<string>? _literals;

    /// <summary>The pattern over a whole line.</summary>
    public Regex? Whole => _whole?.Regex;

    /// <summary>The pattern anchored where the search starts (a sentence start), ending at a word end.</summary>
    public Regex? Inside => _inside?.Regex;

    /// <summary>The pattern anchored at the end of the text, starting at a word start.</summary>
    public Regex? Tail => _tail?.Regex;

    /// <summary>
    /// Whether the rule can match all of <paramref name="line"/> (false rules it out without running the pattern): a
    /// match of the whole line ends it, so a closing rule's test of how text ends (<see cref="RuleHints.TailGate"/>) holds too.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public bool MayMatchLine(string line) =>
        line.Length <= Hints.MaxLength && Hints.MayEnd(line) && (_literals is null ? Hints.MayContain(line) : _literals.Contains(line));

    /// <summary><see cref="MayMatchLine(string)"/> of a page's line, which looks for each required text once for every rule.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public bool MayMatchLine(SourceLine line) =>
        line.Text.Length <= Hints.MaxLength && Hints.MayEnd(line.Text) && (_literals is null ? MayMatchIn(line) : _literals.Contains(line.Text));

    /// <summary>
    /// <see cref="MayMatchIn(string, int)"/> of all of a page's line: each text the set's rules require is looked for
    /// in a line at most once (<see cref="SourceLine.Holds(int, int, string)"/>), however many rules and passes ask.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public bool MayMatchIn(SourceLine line)
    {
        var count = _literalIds.Count;
        if (Hints.Marker != '\0' && !line.Holds(_markerId, count, Hints.Marker)) return false;
        var required = Hints.Required;
        if (required.Length == 0) return true;
        for (var i = 0; i < required.Length; i++)
        {
            if (line.Holds(_requiredIds[i], count, required[i])) return true;
        }

        return false;
    }

    // Where this rule's marker and required texts are numbered among all its set's (see RuleSet), and that numbering,
    // whose size is a line's record of them.
    private int _markerId;
    private int[] _requiredIds = [];
    private Dictionary<string, int> _literalIds = new(StringComparer.Ordinal);

    /// <summary>Numbers the rule's marker and required texts by <paramref name="ids"/>, shared by every rule of its set.</summary>
    public void NumberLiterals(Dictionary<string, int> ids)
    {
        _literalIds = ids;
        if (Hints.Marker != '\0') _markerId = Id(Hints.Marker.ToString());
        _requiredIds = Hints.Required.Select(Id).ToArray();

        int Id(string literal)
        {
            if (!ids.TryGetValue(literal, out var id)) ids[literal] = id = ids.Count;
            return id;
        }
    }

    /// <summary>Whether the rule can match somewhere in <paramref name="text"/>.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public bool MayMatchIn(string text, int start = 0) => Hints.MayContain(text, start);

    /// <summary>The alternatives of a pattern made of literal text only, or null when it has any other regex syntax.</summary>
    private static HashSet<string>? LiteralAlternatives(string pattern)
    {
        var alternatives = new HashSet<string>(StringComparer.Ordinal);
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length || CharKinds.IsLetterOrDigit(pattern[i + 1])) return null;
                current.Append(pattern[++i]);
            }
            else if (c == '|')
            {
                alternatives.Add(current.ToString());
                current.Clear();
            }
            else if ("[](){}*+?^$.#".IndexOf(c) >= 0 || CharKinds.IsWhiteSpace(c) && c != ' ')
            {
                return null;
            }
            else
            {
                current.Append(c);
            }
        }

        alternatives.Add(current.ToString());
        return alternatives.Contains("") ? null : alternatives;
    }
}
