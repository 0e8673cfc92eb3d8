using Corpus.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>Reads the project's Corpus* MSBuild properties (made visible by the package's props).</summary>
internal static class OptionsReader
{
    public const string DefaultClassName = "Articles";

    public static CorpusOptions Read(AnalyzerConfigOptions options)
    {
        var ns = Value(options, "build_property.CorpusNamespace") ?? Value(options, "build_property.RootNamespace") ?? "";
        var className = Value(options, "build_property.CorpusClassName") ?? DefaultClassName;
        var accessibility = Value(options, "build_property.CorpusAccessibility");
        var isPublic = !string.Equals(accessibility, "internal", System.StringComparison.OrdinalIgnoreCase);
        return new CorpusOptions(ns, className, isPublic);
    }

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
