namespace Corpus;

/// <summary>What kind of problem the parser found in a page.</summary>
public enum ParseProblemKind
{
    /// <summary>The file is empty or holds only white space.</summary>
    EmptyFile,

    /// <summary>The first line, which is taken as the title, has no letter or digit.</summary>
    NoTitle,

    /// <summary>Text shaped like a date or time that is not a real one (for example <c>31/02/2024</c>).</summary>
    UnreadableDate,

    /// <summary>
    /// The text looks like a file that was not UTF-8 decoded as if it were (for example UTF-8 read as Windows-1252,
    /// or Vietnamese saved as Windows-1258); <see cref="ParseProblem.Text"/> shows a sample.
    /// </summary>
    MisdecodedText,

    /// <summary>The file is binary, not text: more than one character in twenty is a control character.</summary>
    BinaryContent,

    /// <summary>
    /// A project rule's pattern ran longer than the rule set's match timeout on this line and was given up here;
    /// <see cref="ParseProblem.Text"/> names the rule.
    /// </summary>
    RuleTimedOut,
}

/// <summary>A problem the parser found, located in the page's text. The article is still produced.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Line">The zero-based line number.</param>
/// <param name="Column">The zero-based column where the problem starts.</param>
/// <param name="Length">How many characters the problem spans on that line.</param>
/// <param name="Text">The text at fault, clean, for the message.</param>
public sealed record ParseProblem(ParseProblemKind Kind, int Line, int Column, int Length, string Text);
