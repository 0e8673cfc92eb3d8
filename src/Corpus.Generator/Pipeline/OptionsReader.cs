using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>Reads and checks the project's Corpus* MSBuild properties (made visible by Corpus.props).</summary>
internal static class OptionsReader
{
    public const string DefaultClassName = "Articles";

    public static CorpusOptions Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();

        var ns = Value(options, "CorpusNamespace") ?? Value(options, "RootNamespace") ?? "";
        if (ns.Length > 0 && !ns.Split('.').All(IsIdentifier))
        {
            diagnostics.Add(Invalid("CorpusNamespace", ns, "a namespace such as My.Fixtures"));
            ns = "";
        }

        var className = Value(options, "CorpusClassName") ?? DefaultClassName;
        if (!IsIdentifier(className))
        {
            diagnostics.Add(Invalid("CorpusClassName", className, "a C# identifier such as Articles"));
            className = DefaultClassName;
        }

        var accessibility = Value(options, "CorpusAccessibility") ?? "public";
        var isPublic = !string.Equals(accessibility, "internal", StringComparison.OrdinalIgnoreCase);
        if (isPublic && !string.Equals(accessibility, "public", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Invalid("CorpusAccessibility", accessibility, "public or internal"));
        }

        // The targets settle Auto before the compiler runs; without them (no task to measure the corpus) Auto is Literals.
        var storage = Value(options, "CorpusStorage") ?? "Auto";
        var isPacked = string.Equals(storage, "Packed", StringComparison.OrdinalIgnoreCase);
        if (!isPacked && !string.Equals(storage, "Literals", StringComparison.OrdinalIgnoreCase) && !string.Equals(storage, "Auto", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Invalid("CorpusStorage", storage, "Auto, Literals or Packed"));
        }

        var naming = Value(options, "CorpusPropertyNames") ?? "Title";
        var namesFromIds = string.Equals(naming, "Id", StringComparison.OrdinalIgnoreCase);
        if (!namesFromIds && !string.Equals(naming, "Title", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Invalid("CorpusPropertyNames", naming, "Title or Id"));
        }

        return new CorpusOptions(ns, className, isPublic, isPacked, new EquatableArray<DiagnosticInfo>(diagnostics), namesFromIds);
    }

    /// <summary>The package's diagnostics page (<c>CorpusHelpPage</c>, set by Corpus.props), or null outside the package.</summary>
    public static string? HelpPage(AnalyzerConfigOptions options) => Value(options, "CorpusHelpPage");

    private static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    private static DiagnosticInfo Invalid(string property, string value, string expected) =>
        DiagnosticInfo.Create(Diagnostics.InvalidOption, null, 0, 0, 0, property, value, expected);

    private static string? Value(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
