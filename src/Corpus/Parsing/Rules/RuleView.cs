using System.Collections.Generic;
using System.Linq;

namespace Corpus.Parsing.Rules;

/// <summary>The rules that apply to one site's pages, grouped by where they apply, each group in precedence order.</summary>
internal sealed class RuleView
{
    private readonly Dictionary<string, CompiledRule> _structural;

    public RuleView(IEnumerable<CompiledRule> all, string? site)
    {
        var rules = all.Where(rule => rule.Rule.AppliesTo(site)).ToList();
        Lines = rules.Where(rule => Has(rule, RulePlacement.Anywhere | RulePlacement.Opening | RulePlacement.AfterImageLabel)).ToArray();
        Inside = rules.Where(rule => Has(rule, RulePlacement.InsideLine)).ToArray();
        ImageLabels = Lines.Where(rule => rule.Kind == PieceKind.ImageLabel && !rule.IsStructural).ToArray();
        LinesForLongLines = Lines.Where(rule => rule.IsStructural || rule.Hints.MaxLength > LongLineLength).ToArray();
        Closing = rules.Where(rule => Has(rule, RulePlacement.Closing)).ToArray();
        InList = rules.Where(rule => Has(rule, RulePlacement.InList)
            || (Has(rule, RulePlacement.Anywhere) && rule.Kind is PieceKind.ListHeading or PieceKind.StoryEnd or PieceKind.Chrome)).ToArray();
        Header = rules.Where(rule => rule.Kind == PieceKind.MetadataHeader && Has(rule, RulePlacement.Opening)).ToArray();
        _structural = rules.Where(rule => rule.IsStructural).ToDictionary(rule => rule.Name, System.StringComparer.Ordinal);

        // Rules that share a test for lines (equal delegates, written at different places) share its number.
        var gates = new List<System.Func<string, bool>>();
        InsideLineGates = Inside.Select(rule => rule.Hints.LineGate is { } gate ? NumberOf(gate, gates) : NoLineGate).ToArray();
        LineGateCount = gates.Count;
    }

    /// <summary>The number <see cref="InsideLineGates"/> holds for a rule with no test for lines.</summary>
    public const int NoLineGate = -1;

    /// <summary>
    /// For each rule of <see cref="Inside"/>, the number of its test for lines (<see cref="RuleHints.LineGate"/>), from 0
    /// to <see cref="LineGateCount"/> − 1, or <see cref="NoLineGate"/>: a line runs each test once, whichever rules share it.
    /// </summary>
    public int[] InsideLineGates { get; }

    /// <summary>How many different tests for lines the rules of <see cref="Inside"/> have.</summary>
    public int LineGateCount { get; }

    /// <summary>Whole-line rules of the story: anywhere, opening lines, after an image label.</summary>
    public CompiledRule[] Lines { get; }

    /// <summary>
    /// The line length past which a story line is tried against <see cref="LinesForLongLines"/> only: most whole-line
    /// rules claim short lines (a byline, a caption's label), and a story's paragraphs are longer.
    /// </summary>
    public const int LongLineLength = 200;

    /// <summary>The rules of <see cref="Lines"/> that may take a line longer than <see cref="LongLineLength"/> (the structural ones too), in the same order.</summary>
    public CompiledRule[] LinesForLongLines { get; }

    /// <summary>The rules of <see cref="Lines"/> for image labels (none structural), in the same order: the story's headings are looked for in every line's.</summary>
    public CompiledRule[] ImageLabels { get; }

    /// <summary>Rules tried at each sentence start inside a line.</summary>
    public CompiledRule[] Inside { get; }

    /// <summary>Rules tried on the end of the story's text.</summary>
    public CompiledRule[] Closing { get; }

    /// <summary>Whole-line rules inside the recommendation lists.</summary>
    public CompiledRule[] InList { get; }

    /// <summary>Metadata header rules, for the lines at the top of the file.</summary>
    public CompiledRule[] Header { get; }

    /// <summary>The structural rule named <paramref name="name"/>, or null when the rule set turned it off.</summary>
    public CompiledRule? Structural(string name) => _structural.TryGetValue(name, out var rule) ? rule : null;

    private static bool Has(CompiledRule rule, RulePlacement placement) => (rule.Placement & placement) != 0;

    private static int NumberOf(System.Func<string, bool> gate, List<System.Func<string, bool>> gates)
    {
        var number = gates.IndexOf(gate);
        if (number >= 0) return number;
        gates.Add(gate);
        return gates.Count - 1;
    }
}
