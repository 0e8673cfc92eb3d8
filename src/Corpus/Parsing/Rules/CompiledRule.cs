using System;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Corpus.Parsing.Rules;

/// <summary>
/// A checked rule ready to run: its pattern expanded and compiled once per place it applies (a whole line, at a
/// sentence start, at the end of the story's text), with the literal text every match must contain as a cheap
/// prefilter.
/// </summary>
internal sealed class CompiledRule
{
    private const RegexOptions BuiltInOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
    private const RegexOptions UserOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>A match inside a line must end where a word ends.</summary>
    private const string WordEnd = @"(?=$|[\s.,;:!?…)\]”""’'])";

    /// <summary>A match at the end of the story's text must start where a word starts.</summary>
    private const string WordStart = @"(?<![\p{L}\p{M}\p{Nd}])";

    public CompiledRule(ParseRule rule, string expanded, string? required, bool builtIn, TimeSpan timeout)
    {
        Rule = rule;
        Required = required;
        BuiltIn = builtIn;
        var options = builtIn ? BuiltInOptions : UserOptions;
        // The built-in patterns are checked against pathological text by the fuzz tests; a project's run under the timeout.
        if (builtIn) timeout = Regex.InfiniteMatchTimeout;
        if (rule.IsStructural) return;
        if ((rule.Placement & (RulePlacement.Anywhere | RulePlacement.Opening | RulePlacement.AfterImageLabel | RulePlacement.InList)) != 0)
        {
            Whole = new Regex($"^(?:{expanded})$", options, timeout);
        }

        if ((rule.Placement & RulePlacement.InsideLine) != 0) Inside = new Regex($@"\G(?:{expanded}){WordEnd}", options, timeout);
        if ((rule.Placement & RulePlacement.Closing) != 0) Tail = new Regex($"{WordStart}(?:{expanded})$", options, timeout);
    }

    public ParseRule Rule { get; }

    /// <summary>Whether the rule ships with the parser (compiled to IL; no match timeout needed) rather than a project's.</summary>
    public bool BuiltIn { get; }

    public string Name => Rule.Name;

    public PieceKind Kind => Rule.Kind;

    /// <summary>Text every match contains, or null.</summary>
    public string? Required { get; }

    /// <summary>The pattern over a whole line.</summary>
    public Regex? Whole { get; }

    /// <summary>The pattern anchored where the search starts (a sentence start), ending at a word end.</summary>
    public Regex? Inside { get; }

    /// <summary>The pattern anchored at the end of the text, starting at a word start.</summary>
    public Regex? Tail { get; }

    [MethodImpl(Jit.ParseLoop)]
    public bool MayMatch(string text) => Required is null || text.IndexOf(Required, StringComparison.Ordinal) >= 0;
}
