extern alias GeneratorAssembly;

using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Tests.Support;
using Microsoft.CodeAnalysis;
using GeneratorDiagnostics = GeneratorAssembly::Corpus.Generator.Diagnostics;

namespace Corpus.Tests.Generator;

/// <summary>docs/diagnostics.md, which the package ships and every help link opens, describes each diagnostic as reported.</summary>
public sealed class DiagnosticsDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md"));

    public static TheoryData<string> Ids => [.. Descriptors().Select(descriptor => descriptor.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_diagnostic_has_a_section_whose_example_is_its_message(string id)
    {
        var descriptor = Descriptors().Single(descriptor => descriptor.Id == id);
        var section = Regex.Match(Page, $@"^## {id}\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        section.Success.ShouldBeTrue($"docs/diagnostics.md has no '## {id}' section");
        var body = section.Groups["body"].Value;
        body.ShouldContain($"**{descriptor.Title}**");
        body.ShouldContain($"({descriptor.DefaultSeverity.ToString().ToLowerInvariant()})");

        var example = Regex.Match(body, @"^```\n(?<line>.*?)\n```", RegexOptions.Multiline).Groups["line"].Value;
        var severity = descriptor.DefaultSeverity == DiagnosticSeverity.Info ? "info" : descriptor.DefaultSeverity.ToString().ToLowerInvariant();
        var format = Regex.Escape(descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var message = Regex.Replace(format, @"\\\{\d+}", ".+");
        example.ShouldMatch($"^(\\S+\\(\\d+,\\d+\\): )?{severity} {id}: {message}$");
    }

    [Fact]
    public void Every_section_is_a_diagnostic_that_exists()
    {
        var sections = Regex.Matches(Page, @"^## (CORPUS\d+)", RegexOptions.Multiline).Select(match => match.Groups[1].Value);
        sections.ShouldBe(Descriptors().Select(descriptor => descriptor.Id).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() => typeof(GeneratorDiagnostics)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal);
}
