using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus;

/// <summary>
/// One named convention of news pages: lines (or sentences inside a line) that <see cref="Pattern"/> matches, where
/// <see cref="Placement"/> allows, are pieces of kind <see cref="Kind"/>. Of the rules that match a piece, the one
/// with the highest <see cref="Precedence"/> wins (equal precedence: the name that sorts first). Immutable; a
/// <see cref="RuleSet"/> checks it when it is built.
/// </summary>
public sealed class ParseRule : IEquatable<ParseRule>
{
    /// <summary>Creates a rule; <see cref="RuleSet.Create(System.Collections.Generic.IEnumerable{ParseRule})"/> and <see cref="RuleSet.With"/> check it.</summary>
    /// <param name="name">A unique name, shown by <c>corpus explain</c>; a user rule with a built-in rule's name replaces it.</param>
    /// <param name="kind">What the matched text is.</param>
    /// <param name="pattern">
    /// A .NET regular expression over clean text (NFC, single spaces), case-sensitive unless it says <c>(?i)</c>. Named
    /// groups carry the fields the kind takes (see <see cref="RuleSet.GroupsOf"/>); <c>{name}</c>, <c>{names}</c>,
    /// <c>{outlet}</c>, <c>{credit}</c>, <c>{opener}</c>, <c>{date}</c> and <c>{time}</c> stand for the shared shapes
    /// listed by <see cref="RuleSet.Macros"/>.
    /// </param>
    /// <param name="placement">Where the rule applies.</param>
    /// <param name="precedence">Higher wins when several rules match the same text.</param>
    /// <param name="sites">The hosts the rule is for (a subdomain counts); empty for every site.</param>
    /// <param name="description">What the convention is, in a sentence.</param>
    public ParseRule(
        string name,
        PieceKind kind,
        string pattern,
        RulePlacement placement = RulePlacement.Anywhere,
        int precedence = 0,
        IEnumerable<string>? sites = null,
        string? description = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        Pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
        Placement = placement;
        Precedence = precedence;
        Sites = new EquatableArray<string>((sites ?? []).Select(site => site.Trim().ToLowerInvariant()).ToArray());
        Description = description;
    }

    /// <summary>The rule's unique name.</summary>
    public string Name { get; }

    /// <summary>What the matched text is.</summary>
    public PieceKind Kind { get; }

    /// <summary>The regular expression, before its <c>{macros}</c> are expanded; a structural rule's describes what it looks at.</summary>
    public string Pattern { get; }

    /// <summary>Where the rule applies.</summary>
    public RulePlacement Placement { get; }

    /// <summary>Higher wins.</summary>
    public int Precedence { get; }

    /// <summary>The hosts the rule is for; empty for every site.</summary>
    public EquatableArray<string> Sites { get; }

    /// <summary>What the convention is.</summary>
    public string? Description { get; }

    /// <summary>Whether the rule is built into the parser's code (page structure) rather than a pattern.</summary>
    public bool IsStructural { get; private init; }

    /// <summary>A rule the reader implements in code: its pattern text only describes it.</summary>
    internal static ParseRule Structural(string name, PieceKind kind, RulePlacement placement, int precedence, string description) =>
        new(name, kind, "(structure)", placement, precedence, null, description) { IsStructural = true };

    /// <summary>Whether the rule applies to a page of <paramref name="site"/> (null: the page names no site).</summary>
    public bool AppliesTo(string? site)
    {
        if (Sites.Count == 0) return true;
        if (site is null) return false;
        foreach (var host in Sites)
        {
            if (site == host || site.EndsWith("." + host, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(ParseRule? other) =>
        other is not null
        && Name == other.Name && Kind == other.Kind && Pattern == other.Pattern && Placement == other.Placement
        && Precedence == other.Precedence && Sites.Equals(other.Sites) && Description == other.Description
        && IsStructural == other.IsStructural;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParseRule);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name) ^ StringComparer.Ordinal.GetHashCode(Pattern);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}, {Placement}, {Precedence})";
}
