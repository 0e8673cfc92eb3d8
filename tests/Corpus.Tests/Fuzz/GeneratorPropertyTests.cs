using CsCheck;
using Corpus.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Corpus.Tests.Fuzz;

/// <summary>
/// Properties of the generator over hostile pages, 50 files per generator run and compilation: it never throws, its
/// output compiles with no errors or warnings (XML docs checked), and every compiled article equals the run-time parse
/// of the same text, <see cref="Article.Raw"/> included, character for character.
/// </summary>
public sealed class GeneratorPropertyTests
{
    private const int FilesPerRun = 50;

    [Fact]
    public void Generated_code_compiles_cleanly_and_equals_the_run_time_parse() =>
        FuzzPages.Page.Array[FilesPerRun].Sample(pages =>
        {
            var files = pages.Select((page, i) => new ArticleFile($"/fuzz/f{i:D2}.txt", page)).ToList();
            var run = GeneratorHarness.Run(files);

            run.Result.Results.ShouldAllBe(result => result.Exception == null);
            run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "CS8785" || d.Severity == DiagnosticSeverity.Error && d.Id != "CORPUS003" && d.Id != "CORPUS011");
            run.CompileProblems.ShouldBeEmpty();

            var compiled = run.LoadArticles().ToDictionary(article => article.Id);
            for (var i = 0; i < pages.Length; i++)
            {
                var id = $"f{i:D2}";
                var parsed = ArticleParser.ParseDetailed(id, pages[i], TestContext.Current.CancellationToken);
                var rejection = parsed.Problems.FirstOrDefault(p => p.Kind is ParseProblemKind.MisdecodedText or ParseProblemKind.BinaryContent);
                if (rejection is not null)
                {
                    // Left out on purpose, and said so against that file.
                    compiled.ShouldNotContainKey(id);
                    var expected = rejection.Kind == ParseProblemKind.BinaryContent ? "CORPUS011" : "CORPUS003";
                    run.GeneratorDiagnostics.ShouldContain(d => d.Id == expected && d.Location.GetLineSpan().Path == files[i].Path);
                    continue;
                }

                compiled[id].Raw.ShouldBe(pages[i]);
                compiled[id].ShouldBe(parsed.Article);
            }
        }, iter: FuzzPages.Iterations(40), threads: 1);
}
