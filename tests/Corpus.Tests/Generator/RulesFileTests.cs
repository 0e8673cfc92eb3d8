extern alias GeneratorAssembly;

using Corpus.Tests.Support;
using Microsoft.CodeAnalysis;
using TrackingNames = GeneratorAssembly::Corpus.Generator.Pipeline.TrackingNames;

namespace Corpus.Tests.Generator;

/// <summary>A project's <c>CorpusRules</c> file: the generator reads every article by it, and reports its problems in it.</summary>
public sealed class RulesFileTests
{
    private const string Rules = """
        {
          "rules": [ { "name": "ads", "kind": "chrome", "pattern": "Quảng cáo: .*" } ]
        }
        """;

    private static ArticleFile RulesFile(string text) => new("/project/corpus.rules.json", text, ItemType: "CorpusRules");

    private static List<ArticleFile> Articles(int count) => Enumerable.Range(0, count)
        .Select(i => ArticleFile.Page($"a{i:D2}", $"Tin số {i}", $"Đoạn văn {i}.\nQuảng cáo: mua ngay {i}"))
        .ToList();

    [Fact]
    public void Every_article_is_read_by_the_rules_file_and_equals_the_run_time_parse_with_it()
    {
        var run = GeneratorHarness.Run([.. Articles(3), RulesFile(Rules)]);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompileProblems.ShouldBeEmpty();
        var rules = RuleSet.FromJson(Rules);
        foreach (var article in run.LoadArticles())
        {
            article.Paragraphs.ShouldHaveSingleItem().ShouldStartWith("Đoạn văn");
            article.ShouldBe(ArticleParser.ParseDetailed(article.Id, article.Raw, rules, TestContext.Current.CancellationToken).Article);
        }
    }

    [Fact]
    public void A_rules_file_that_is_not_valid_is_an_error_located_in_it_and_the_articles_are_read_by_the_built_in_rules()
    {
        var run = GeneratorHarness.Run([.. Articles(2), RulesFile("{\n  \"rules\": [ { \"name\": \"ads\", \"kind\": \"chrom\", \"pattern\": \"x\" } ]\n}")]);

        var error = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("CORPUS014");
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.GetMessage().ShouldContain("'kind' is one of");
        var span = error.Location.GetLineSpan();
        span.Path.ShouldBe("/project/corpus.rules.json");
        (span.StartLinePosition.Line, span.StartLinePosition.Character).ShouldBe((1, 38));
        run.LoadArticles().ShouldAllBe(article => article.Paragraphs.Count == 2);
    }

    [Fact]
    public void Editing_the_rules_file_rereads_every_article_and_editing_one_article_rereads_that_one()
    {
        var harness = new GeneratorHarness([.. Articles(10), RulesFile(Rules)]);
        var driver = harness.CreateDriver().RunGenerators(harness.Compilation, TestContext.Current.CancellationToken);

        var rulesText = harness.Texts.Single(text => text.Path.EndsWith(".json", StringComparison.Ordinal));
        var changed = driver.ReplaceAdditionalText(rulesText, new InMemoryAdditionalText(rulesText.Path, Rules.Replace("Quảng cáo", "Rao vặt")));
        var run = changed.RunGenerators(harness.Compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        Reasons(run, TrackingNames.Rules).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(run, TrackingNames.Parse).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(10);

        var edited = harness.Texts[4];
        var oneArticle = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "Tin số 4\n\nĐoạn đã sửa.\n"));
        run = oneArticle.RunGenerators(harness.Compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        Reasons(run, TrackingNames.Rules).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged);
        Reasons(run, TrackingNames.Parse).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(output => output.Reason).ToList();
}
