using System;

namespace Corpus.Parsing.Rules;

/// <summary>
/// What the parser may assume of a built-in rule's matches, to skip it cheaply: the longest line it can match as a
/// whole, a character every match contains, and text of which every match contains at least one piece. A project's
/// rules have none. Two hints widen or narrow where a closing rule looks: <see cref="ClosingWindow"/> (how far back
/// from the story's end its match may start, when set: more than the reader's default, or less, for a rule whose
/// matches are short and costly to look for everywhere) and <see cref="BeforeSignature"/>
/// (a match lies inside a line, after a finished sentence or a claimed piece, and right before a byline or source
/// line the closing rules claim on the same line). <see cref="LeadOnly"/> keeps a rule for sentence starts to the
/// story's first line of text (and the page's last line, when blank lines set it off as a summary), and
/// <see cref="AfterLead"/> keeps it off that line when it is a sapo (a lead of a few sentences, printed before the
/// story's photos);
/// <see cref="UnderHeadline"/> keeps a rule for the opening lines to the lines under a headline the page printed (it
/// never keeps the first line from being the headline). <see cref="TailGate"/> tests the last characters of a text
/// that a closing rule's match must end (<see cref="TailGates"/>): most story text ends in a lowercase word and a full
/// stop, which no byline does, and the test spares the pattern a search from every position of the window.
/// </summary>
internal sealed record RuleHints(
    int MaxLength,
    string[] Required,
    Func<string, int, bool>? Gate = null,
    char Marker = '\0',
    Func<string, bool>? LineGate = null,
    int ClosingWindow = 0,
    bool BeforeSignature = false,
    bool LeadOnly = false,
    bool AfterLead = false,
    bool UnderHeadline = false,
    Func<string, bool>? TailGate = null)
{
    public static RuleHints None { get; } = new(int.MaxValue, []);

    /// <summary>Whether a closing match may end <paramref name="text"/> (true when the rule has no <see cref="TailGate"/>).</summary>
    public bool MayEnd(string text) => TailGate is null || (text.Length > 0 && TailGate(text));

    /// <summary>Whether the rule may match at <paramref name="start"/> of <paramref name="text"/> (true when it has no gate).</summary>
    public bool MayStartAt(string text, int start) => Gate is null || Gate(text, start);

    /// <summary>
    /// Whether <paramref name="text"/>, from <paramref name="start"/> on (where any match must lie), holds the marker and
    /// one of <see cref="Required"/> (true when there are none).
    /// </summary>
    public bool MayContain(string text, int start = 0)
    {
        // A character every match holds is the cheapest test of all: most lines go no further.
        if (Marker != '\0' && text.IndexOf(Marker, start) < 0) return false;
        if (Required.Length == 0) return true;
        foreach (var piece in Required)
        {
            if (text.IndexOf(piece, start, StringComparison.Ordinal) >= 0) return true;
        }

        return false;
    }
}
