namespace Corpus;

/// <summary>Something wrong with a rule or a rules file, located in that file when it came from one.</summary>
/// <param name="Rule">The rule's name, when the problem is in one rule.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Line">The zero-based line in the rules file (0 when not from a file).</param>
/// <param name="Column">The zero-based column in the rules file.</param>
public sealed record RuleProblem(string? Rule, string Message, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => Rule is null ? Message : $"rule '{Rule}': {Message}";
}
