using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.Parsing.Rules;

/// <summary>
/// A project's rules file: <c>{ "rules": [ … ], "disable": [ … ], "matchTimeoutMilliseconds": 100 }</c> (schema in
/// <c>docs/corpus.rules.schema.json</c>). Every problem is located in the file.
/// </summary>
internal sealed class RulesFile
{
    private const int MinTimeoutMilliseconds = 1;
    private const int MaxTimeoutMilliseconds = 10_000;

    private static readonly string[] TopLevel = ["$schema", "rules", "disable", "matchTimeoutMilliseconds"];
    private static readonly string[] RuleMembers = ["name", "kind", "pattern", "text", "placement", "precedence", "sites", "description"];

    private RulesFile()
    {
    }

    public List<(ParseRule Rule, JsonNode Node)> Rules { get; } = [];

    public List<(string Name, JsonNode Node)> Disable { get; } = [];

    public double? MatchTimeoutMilliseconds { get; private set; }

    /// <summary>Reads the file; null when it is not JSON at all. <paramref name="problems"/> lists everything wrong in it.</summary>
    public static RulesFile? Read(string json, out List<RuleProblem> problems)
    {
        problems = [];
        var root = JsonNode.Parse(json, out var syntax);
        if (root is null)
        {
            problems.Add(syntax!);
            return null;
        }

        var file = new RulesFile();
        if (root.NodeType != JsonNode.Type.Object)
        {
            problems.Add(At(root, null, "a rules file is a JSON object: { \"rules\": [ … ] }"));
            return file;
        }

        foreach (var (name, nameNode, value) in root.Members)
        {
            switch (name)
            {
                case "$schema":
                    break;
                case "rules":
                    file.ReadRules(value, problems);
                    break;
                case "disable":
                    foreach (var item in Items(value, "disable", problems))
                    {
                        if (item.NodeType == JsonNode.Type.String) file.Disable.Add((item.String!, item));
                        else problems.Add(At(item, null, "'disable' lists rule names, as strings"));
                    }

                    break;
                case "matchTimeoutMilliseconds":
                    if (value.NodeType != JsonNode.Type.Number || value.Number < MinTimeoutMilliseconds || value.Number > MaxTimeoutMilliseconds)
                    {
                        problems.Add(At(value, null, $"'matchTimeoutMilliseconds' is a number from {MinTimeoutMilliseconds} to {MaxTimeoutMilliseconds}"));
                    }
                    else
                    {
                        file.MatchTimeoutMilliseconds = value.Number;
                    }

                    break;
                default:
                    problems.Add(At(nameNode, null, $"unknown member '{name}'; a rules file has {string.Join(", ", TopLevel.Select(member => "'" + member + "'"))}"));
                    break;
            }
        }

        return file;
    }

    /// <summary>A rule set's problem, located at the rule (or the disabled name) it is about.</summary>
    public RuleProblem Locate(RuleProblem problem)
    {
        var node = Rules.FirstOrDefault(rule => rule.Rule.Name == problem.Rule).Node
            ?? Disable.FirstOrDefault(entry => entry.Name == problem.Rule).Node;
        return node is null ? problem : problem with { Line = node.Line, Column = node.Column };
    }

    private void ReadRules(JsonNode value, List<RuleProblem> problems)
    {
        foreach (var item in Items(value, "rules", problems))
        {
            if (item.NodeType != JsonNode.Type.Object)
            {
                problems.Add(At(item, null, "each rule is an object: { \"name\": …, \"kind\": …, \"pattern\": … }"));
                continue;
            }

            var rule = ReadRule(item, problems);
            if (rule is not null) Rules.Add((rule, item));
        }
    }

    private static ParseRule? ReadRule(JsonNode node, List<RuleProblem> problems)
    {
        var members = node.Members.ToDictionary(member => member.Name, member => member.Value, StringComparer.Ordinal);
        var nameNode = members.TryGetValue("name", out var n) ? n : null;
        var name = nameNode?.NodeType == JsonNode.Type.String ? nameNode.String : null;
        var before = problems.Count;
        foreach (var (member, memberNode, _) in node.Members.Where(member => !RuleMembers.Contains(member.Name)))
        {
            problems.Add(At(memberNode, name, $"unknown member '{member}'; a rule has {string.Join(", ", RuleMembers.Select(m => "'" + m + "'"))}"));
        }

        if (name is null)
        {
            problems.Add(At(nameNode ?? node, null, "a rule needs a 'name' (a string, unique in the file)"));
        }

        PieceKind kind = default;
        if (!members.TryGetValue("kind", out var kindNode) || kindNode.NodeType != JsonNode.Type.String || !TryKind(kindNode.String!, out kind))
        {
            problems.Add(At(kindNode ?? node, name, $"'kind' is one of {string.Join(", ", KindNames())}"));
        }

        string? pattern = null;
        var hasPattern = members.TryGetValue("pattern", out var patternNode);
        var hasText = members.TryGetValue("text", out var textNode);
        if (hasPattern == hasText)
        {
            problems.Add(At(node, name, hasPattern
                ? "a rule has either a 'pattern' (a regular expression) or a 'text' (lines to match exactly), not both"
                : "a rule needs a 'pattern' (a regular expression) or a 'text' (lines to match exactly)"));
        }
        else if (hasPattern)
        {
            if (patternNode!.NodeType == JsonNode.Type.String && patternNode.String!.Length > 0) pattern = patternNode.String;
            else problems.Add(At(patternNode, name, "'pattern' is a non-empty string"));
        }
        else
        {
            var texts = textNode!.NodeType == JsonNode.Type.String ? [textNode] : Items(textNode, "text", problems).ToList();
            if (texts.Count == 0 || texts.Any(text => text.NodeType != JsonNode.Type.String || TextCleaning.Clean(text.String!).Length == 0))
            {
                problems.Add(At(textNode, name, "'text' is a line of text, or a list of them, none empty"));
            }
            else
            {
                pattern = string.Join("|", texts.Select(text => Regex.Escape(TextCleaning.Clean(text.String!))));
            }
        }

        var placement = RulePlacement.Anywhere;
        if (members.TryGetValue("placement", out var placementNode))
        {
            placement = 0;
            var places = placementNode.NodeType == JsonNode.Type.String ? [placementNode] : Items(placementNode, "placement", problems).ToList();
            foreach (var place in places)
            {
                if (place.NodeType == JsonNode.Type.String && Enum.TryParse<RulePlacement>(place.String, ignoreCase: true, out var parsed) && Enum.IsDefined(typeof(RulePlacement), parsed))
                {
                    placement |= parsed;
                }
                else
                {
                    problems.Add(At(place, name, $"'placement' is one of {string.Join(", ", Enum.GetNames(typeof(RulePlacement)).Select(Camel))}, or a list of them"));
                }
            }
        }

        var precedence = 0;
        if (members.TryGetValue("precedence", out var precedenceNode))
        {
            if (precedenceNode.NodeType == JsonNode.Type.Number && precedenceNode.Number == Math.Floor(precedenceNode.Number) && Math.Abs(precedenceNode.Number) <= int.MaxValue)
            {
                precedence = (int)precedenceNode.Number;
            }
            else
            {
                problems.Add(At(precedenceNode, name, "'precedence' is a whole number; higher wins (the built-in rules use 0 to 1050)"));
            }
        }

        var sites = new List<string>();
        if (members.TryGetValue("sites", out var sitesNode))
        {
            foreach (var site in Items(sitesNode, "sites", problems))
            {
                if (site.NodeType == JsonNode.Type.String) sites.Add(site.String!);
                else problems.Add(At(site, name, "'sites' lists host names, as strings"));
            }
        }

        string? description = null;
        if (members.TryGetValue("description", out var descriptionNode))
        {
            if (descriptionNode.NodeType == JsonNode.Type.String) description = descriptionNode.String;
            else problems.Add(At(descriptionNode, name, "'description' is a string"));
        }

        return problems.Count > before || name is null || pattern is null ? null : new ParseRule(name, kind, pattern, placement, precedence, sites, description);
    }

    private static IEnumerable<JsonNode> Items(JsonNode node, string member, List<RuleProblem> problems)
    {
        if (node.NodeType == JsonNode.Type.Array) return node.Items;
        problems.Add(At(node, null, $"'{member}' is a list: [ … ]"));
        return [];
    }

    /// <summary>A kind by name (any case); the lead is not a rule's to claim, it is the first story text.</summary>
    private static bool TryKind(string text, out PieceKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(typeof(PieceKind), kind) && kind != PieceKind.Lead
        && !int.TryParse(text, out _);

    private static IEnumerable<string> KindNames() =>
        Enum.GetNames(typeof(PieceKind)).Where(kind => kind != nameof(PieceKind.Lead)).Select(Camel);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static RuleProblem At(JsonNode node, string? rule, string message) => new(rule, message, node.Line, node.Column);
}
