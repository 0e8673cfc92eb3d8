using System.Collections.Generic;
using System.Text.RegularExpressions;
using Corpus.Parsing.Rules;

namespace Corpus.Parsing.Reading;

/// <summary>
/// A classified piece of a page: a whole line, or a span of one, with the kind and the rule that claimed it and the
/// rule's match (its named groups carry the fields). The fold may demote a piece to body text when its field was
/// already filled with something else, so no text is lost.
/// </summary>
internal sealed class Piece(PieceKind kind, CompiledRule? rule, SourceLine line, int start, int end, Match? match)
{
    public PieceKind Kind { get; set; } = kind;

    /// <summary>The rule that claimed the piece; null for story text no rule claimed.</summary>
    public CompiledRule? Rule { get; set; } = rule;

    public SourceLine Line { get; } = line;

    /// <summary>Where the piece starts in the line's clean text.</summary>
    public int Start { get; } = start;

    /// <summary>Where the piece ends (exclusive) in the line's clean text; story text grows sentence by sentence.</summary>
    public int End { get; set; } = end;

    public Match? Match { get; } = match;

    /// <summary>For a teaser: the related article it (with the lines after it) became.</summary>
    public RelatedArticle? Item { get; set; }

    /// <summary>For a list heading or a widget closing the story: the items of the list it opens.</summary>
    public List<RelatedArticle>? Items { get; set; }

    /// <summary>For an image label with its caption glued to it: that caption and its credit, split apart.</summary>
    public (string? Caption, string? Credit)? GluedCaption { get; set; }

    /// <summary>Why the fold gave the piece another kind than its rule's, when it did.</summary>
    public string? Note { get; set; }

    public string Text => Start == 0 && End == Line.Text.Length ? Line.Text : Line.Text.Substring(Start, End - Start);

    /// <summary>A named group's clean value, or null when the rule has no such group or it matched nothing.</summary>
    public string? Group(string name)
    {
        var group = Match?.Groups[name];
        if (group is null || !group.Success) return null;
        var value = group.Value.Trim();
        return value.Length == 0 ? null : value;
    }
}
