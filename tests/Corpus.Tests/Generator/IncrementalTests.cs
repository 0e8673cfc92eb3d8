extern alias GeneratorAssembly;

using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Corpus.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TrackingNames = GeneratorAssembly::Corpus.Generator.Pipeline.TrackingNames;

namespace Corpus.Tests.Generator;

/// <summary>The pipeline caches what did not change: per file, per option, and never holds compiler objects.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    private static List<ArticleFile> Corpus(int count) => Enumerable.Range(0, count)
        .Select(i => ArticleFile.Page($"a{i:D3}", $"Tin số {i}", $"Đoạn văn của bài {i}."))
        .ToList();

    [Fact]
    public void Second_run_on_an_unchanged_compilation_is_all_cached_and_holds_no_compiler_objects()
    {
        var harness = new GeneratorHarness(Seeds.Files.Select(ArticleFile.Seed).ToList());
        var driver = harness.CreateDriver().RunGenerators(harness.Compilation, TestContext.Current.CancellationToken);
        var first = driver.GetRunResult().Results.Single();
        var second = driver.RunGenerators(harness.Compilation.Clone(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        StepNames.ShouldBeSubsetOf(first.TrackedSteps.Keys);
        foreach (var name in StepNames)
        {
            var outputs1 = first.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            var outputs2 = second.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            outputs2.Select(o => o.Value).ShouldBe(outputs1.Select(o => o.Value), $"{name} should produce equal outputs");
            outputs2.ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged, name);
            foreach (var output in outputs1.Concat(outputs2)) AssertHoldsNoCompilerObjects(output.Value, name);
        }

        second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
            .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(1000)]
    public void Editing_one_article_body_reparses_that_file_only(int articles)
    {
        var files = Corpus(articles);
        var harness = new GeneratorHarness(files);
        var driver = harness.CreateDriver().RunGenerators(harness.Compilation, TestContext.Current.CancellationToken);

        var edited = harness.Texts[17];
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "Tin số 17\n\nMột đoạn văn đã sửa."));
        var run = driver.RunGenerators(harness.Compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Reasons(run, TrackingNames.Parse).ShouldBe(Expected(articles, modified: 17));
        Reasons(run, TrackingNames.ArticleOutputs).ShouldBe(Expected(articles, modified: 17));
        Reasons(run, TrackingNames.Names).ShouldAllBe(r => r == IncrementalStepRunReason.Unchanged || r == IncrementalStepRunReason.Cached);
        Reasons(run, TrackingNames.Catalog).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        var sources = run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToList();
        sources.Count(output => output.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.GeneratedSources.Single(s => s.HintName == "Articles.TinSo17.g.cs").SourceText.ToString().ShouldContain("Một đoạn văn đã sửa.");
    }

    [Fact]
    public void Editing_one_title_renames_that_article_and_leaves_the_other_article_files_unchanged()
    {
        var harness = new GeneratorHarness(Corpus(20));
        var driver = harness.CreateDriver().RunGenerators(harness.Compilation, TestContext.Current.CancellationToken);

        var edited = harness.Texts[3];
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "Tiêu đề mới\n\nĐoạn."));
        var run = driver.RunGenerators(harness.Compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Reasons(run, TrackingNames.Names).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(run, TrackingNames.ArticleOutputs).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.GeneratedSources.Select(s => s.HintName).ShouldContain("Articles.TieuDeMoi.g.cs");
    }

    [Fact]
    public void Changing_accessibility_regenerates_the_catalog_only()
    {
        var run = RerunWithProperty("build_property.CorpusAccessibility", "internal");

        Reasons(run, TrackingNames.Parse).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(run, TrackingNames.FileSettings).ShouldAllBe(r => r == IncrementalStepRunReason.Unchanged);
        Reasons(run, TrackingNames.ArticleOutputs).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(run, TrackingNames.Catalog).ShouldBe([IncrementalStepRunReason.Modified]);
        run.GeneratedSources.Single(s => s.HintName == "Articles.g.cs").SourceText.ToString().ShouldContain("internal static partial class Articles");
    }

    [Fact]
    public void Changing_the_class_name_regenerates_every_file_but_parses_nothing_again()
    {
        var run = RerunWithProperty("build_property.CorpusClassName", "News");

        Reasons(run, TrackingNames.Parse).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(run, TrackingNames.ArticleOutputs).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        run.GeneratedSources.Select(s => s.HintName).ShouldAllBe(name => name.StartsWith("News.", StringComparison.Ordinal));
    }

    /// <summary>Runs ten articles, then runs again after one MSBuild property changed.</summary>
    private static GeneratorRunResult RerunWithProperty(string property, string value)
    {
        var harness = new GeneratorHarness(Corpus(10));
        var driver = harness.CreateDriver().RunGenerators(harness.Compilation, TestContext.Current.CancellationToken);
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { [property] = value };
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(properties, Corpus(10)));
        return driver.RunGenerators(harness.Compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static List<IncrementalStepRunReason> Expected(int count, int modified) =>
        Enumerable.Range(0, count).Select(i => i == modified ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Cached).ToList();

    /// <summary>Walks an output's object graph: a step output that holds a compiler object would pin a whole compilation in memory.</summary>
    private static void AssertHoldsNoCompilerObjects(object? root, string step)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object?>([root]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is null || !visited.Add(node)) continue;
            (node is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or SourceText or AdditionalText or Location)
                .ShouldBeFalse($"{step} holds a {node.GetType().Name}");

            var type = node.GetType();
            if (type.IsPrimitive || type.IsEnum || node is string) continue;
            if (node is IEnumerable items)
            {
                foreach (var item in items) pending.Push(item);
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer) pending.Push(field.GetValue(node));
                }
            }
        }
    }
}
