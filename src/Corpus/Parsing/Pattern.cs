using System;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Corpus.Parsing;

/// <summary>
/// A convention's regular expression with the literal text every match must contain: a line without that text is
/// ruled out by an ordinal search before the expression runs, which keeps ordinary paragraphs fast.
/// </summary>
internal sealed class Pattern(string expression, string required)
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    public Regex Regex { get; } = new(expression, Options);

    public string Required { get; } = required;

    [MethodImpl(Jit.ParseLoop)]
    public Match Match(string text) =>
        text.IndexOf(Required, StringComparison.Ordinal) < 0 ? System.Text.RegularExpressions.Match.Empty : Regex.Match(text);

    [MethodImpl(Jit.ParseLoop)]
    public bool IsMatch(string text) => text.IndexOf(Required, StringComparison.Ordinal) >= 0 && Regex.IsMatch(text);
}
