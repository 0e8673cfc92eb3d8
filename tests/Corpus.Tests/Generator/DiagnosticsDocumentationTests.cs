extern alias GeneratorAssembly;

using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Tests.Support;
using Microsoft.CodeAnalysis;
using DiagnosticText = GeneratorAssembly::Corpus.Diagnostics.DiagnosticText;
using DiagnosticTexts = GeneratorAssembly::Corpus.Diagnostics.DiagnosticTexts;
using GeneratorDiagnostics = GeneratorAssembly::Corpus.Generator.Diagnostics;

namespace Corpus.Tests.Generator;

/// <summary>docs/diagnostics.md, which the package ships and every help link opens, describes each diagnostic as reported.</summary>
public sealed class DiagnosticsDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md"));

    public static TheoryData<string> Ids => [.. Texts().Select(text => text.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_diagnostic_has_a_section_whose_example_is_its_message(string id)
    {
        var descriptor = Texts().Single(text => text.Id == id);
        var section = Regex.Match(Page, $@"^## {id}\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        section.Success.ShouldBeTrue($"docs/diagnostics.md has no '## {id}' section");
        var body = section.Groups["body"].Value;
        body.ShouldContain($"**{descriptor.Title}**");
        body.ShouldContain($"({descriptor.Level.ToString().ToLowerInvariant()})");

        var example = Regex.Match(body, @"^```\n(?<line>.*?)\n```", RegexOptions.Multiline).Groups["line"].Value;
        var severity = descriptor.Level.ToString().ToLowerInvariant();
        var format = Regex.Escape(descriptor.Format);
        var message = Regex.Replace(format, @"\\\{\d+}", ".+");
        example.ShouldMatch($"^(\\S+\\(\\d+,\\d+\\): )?{severity} {id}: {message}$");
    }

    [Fact]
    public void Every_section_is_a_diagnostic_that_exists()
    {
        var sections = Regex.Matches(Page, @"^## (CORPUS\d+)", RegexOptions.Multiline).Select(match => match.Groups[1].Value);
        sections.ShouldBe(Texts().Select(text => text.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_generator_reports_each_diagnostic_with_its_shared_text()
    {
        foreach (var descriptor in Descriptors())
        {
            var text = DiagnosticTexts.ById(descriptor.Id).ShouldNotBeNull();
            (descriptor.Title.ToString(), descriptor.MessageFormat.ToString(), descriptor.DefaultSeverity.ToString())
                .ShouldBe((text.Title, text.Format, text.Level.ToString()));
        }
    }

    /// <summary>Every diagnostic's shared text: the generator's and the tasks'.</summary>
    private static IEnumerable<DiagnosticText> Texts() => typeof(DiagnosticTexts)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticText))
        .Select(field => (DiagnosticText)field.GetValue(null)!)
        .OrderBy(text => text.Id, StringComparer.Ordinal);

    private static IEnumerable<DiagnosticDescriptor> Descriptors() => typeof(GeneratorDiagnostics)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal);
}
