using System;

namespace Corpus;

/// <summary>Where on the page a rule applies. A rule may name several places.</summary>
[Flags]
public enum RulePlacement
{
    /// <summary>A whole line, anywhere in the story.</summary>
    Anywhere = 1,

    /// <summary>A whole line among the opening lines: the header and the lines before the story's first paragraph.</summary>
    Opening = 2,

    /// <summary>
    /// The story's closing text: its last line, or the last words of its last paragraph, and what precedes them once
    /// those are claimed (a byline, then a source line, then a credit…). The pattern matches the end of the text.
    /// </summary>
    Closing = 4,

    /// <summary>The whole line right after an image label that printed no caption of its own.</summary>
    AfterImageLabel = 8,

    /// <summary>
    /// Inside a line, starting at a sentence boundary: the pattern is tried at the start of each sentence of a line no
    /// whole-line rule claimed, and what it matches is taken out; the rest of the line stays story text.
    /// </summary>
    InsideLine = 16,

    /// <summary>A whole line inside the recommendation lists that close a page.</summary>
    InList = 32,
}
