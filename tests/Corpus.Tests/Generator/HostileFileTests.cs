using System.Text;
using Corpus.Parsing;
using Corpus.Tests.Support;

namespace Corpus.Tests.Generator;

/// <summary>
/// Files nobody reviewed, one test each; the expected outcome (a diagnostic ID or the parsed shape) is in the name.
/// The policy is in README ("Hostile input").
/// </summary>
public sealed class HostileFileTests
{
    private static readonly string Seed = File.ReadAllText(Seeds.Files[2]);

    private static GeneratorRun RunOne(string text, string path = "/hostile/page.txt") => GeneratorHarness.Run([new ArticleFile(path, text)]);

    private static Article CompiledEqualsParsed(string text, string id = "page")
    {
        var run = RunOne(text, $"/hostile/{id}.txt");
        run.CompileProblems.ShouldBeEmpty();
        var compiled = run.LoadArticles().ShouldHaveSingleItem();
        compiled.ShouldBe(ArticleParser.Parse(id, text));
        compiled.Raw.ShouldBe(text);
        return compiled;
    }

    [Fact]
    public void Empty_file_is_CORPUS001_and_an_empty_article()
    {
        var run = RunOne("");

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS001");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/hostile/page.txt");
        run.CompileProblems.ShouldBeEmpty();
        run.LoadArticles().ShouldHaveSingleItem().ShouldSatisfyAllConditions(a => a.Title.ShouldBeEmpty(), a => a.Raw.ShouldBeEmpty());
    }

    [Fact]
    public void Whitespace_only_file_is_CORPUS001_and_raw_keeps_the_whitespace()
    {
        var run = RunOne(" \t\r\n\u00A0\u2028 \n");

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS001");
        run.LoadArticles().ShouldHaveSingleItem().Raw.ShouldBe(" \t\r\n\u00A0\u2028 \n");
    }

    [Fact]
    public void Utf8_with_bom_parses_normally_and_raw_is_the_decoded_text_without_the_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Seed)).ToArray();
        var text = CompilerDecoding.Decode(bytes, CompilerDecoding.Windows1252);

        text.ShouldBe(Seed);
        var article = CompiledEqualsParsed(text);
        article.Title.ShouldBe("Quan chức cấp cao Mỹ tới Hàn Quốc bàn về thượng đỉnh song phương");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("mixed")]
    public void Crlf_cr_only_and_mixed_line_endings_give_the_lf_fields_and_raw_keeps_them(string ending)
    {
        var lines = Seed.Split('\n');
        var text = ending == "mixed"
            ? string.Concat(lines.Select((line, i) => line + (i == lines.Length - 1 ? "" : (i % 3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" })))
            : string.Join(ending, lines);

        var article = CompiledEqualsParsed(text);

        article.Sections.ShouldBe(ArticleParser.Parse("page", Seed).Sections);
        article.Raw.ShouldBe(text);
    }

    [Fact]
    public void Nfd_text_gives_nfc_fields_and_raw_stays_nfd()
    {
        var nfd = Seed.Normalize(NormalizationForm.FormD);

        var article = CompiledEqualsParsed(nfd);

        article.Raw.ShouldBe(nfd);
        article.Title.ShouldBe("Quan chức cấp cao Mỹ tới Hàn Quốc bàn về thượng đỉnh song phương");
        article.Paragraphs.ShouldBe(ArticleParser.Parse("page", Seed).Paragraphs);
    }

    [Theory]
    [InlineData("1252")]
    [InlineData("utf8-replacement")]
    public void Vietnamese_saved_as_windows_1258_is_CORPUS003_and_left_out(string fallback)
    {
        var bytes = CompilerDecoding.Windows1258.GetBytes(Seed.Normalize(NormalizationForm.FormD));

        AssertMisdecoded(CompilerDecoding.Decode(bytes, CompilerDecoding.Fallback(fallback)));
    }

    [Theory]
    [InlineData("1252")]
    [InlineData("utf8-replacement")]
    public void Vietnamese_saved_as_windows_1252_is_CORPUS003_and_left_out(string fallback)
    {
        var bytes = CompilerDecoding.Windows1252.GetBytes(Seed);

        AssertMisdecoded(CompilerDecoding.Decode(bytes, CompilerDecoding.Fallback(fallback)));
    }

    [Fact]
    public void Utf8_read_as_a_legacy_code_page_is_CORPUS003_and_left_out() =>
        AssertMisdecoded(CompilerDecoding.Windows1252.GetString(Encoding.UTF8.GetBytes(Seed)));

    [Fact]
    public void Any_file_the_compiler_decoded_with_a_legacy_code_page_is_CORPUS003_even_if_it_looks_fine()
    {
        var run = GeneratorHarness.Run([new ArticleFile("/hostile/legacy.txt", "Plain ASCII title\n\nBody.") { DecodedAs = CompilerDecoding.Windows1252 }]);

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS003");
        diagnostic.GetMessage().ShouldContain("windows-1252");
        run.LoadArticles().ShouldBeEmpty();
    }

    [Fact]
    public void A_file_the_compiler_decoded_with_a_legacy_code_page_is_located_as_every_other_path_locates_it()
    {
        // Windows-1258 bytes: the compiler falls back to its legacy code page for the whole file.
        var bytes = CompilerDecoding.Windows1258.GetBytes("Tin ngắn\n\nĐoạn đầu.\nĐoạn có chữ ở giữa.\n");
        var run = GeneratorHarness.Run([new ArticleFile("/hostile/legacy.txt", CompilerDecoding.Windows1252.GetString(bytes)) { DecodedAs = CompilerDecoding.Windows1252 }]);

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        var problem = ArticleFiles.Parse(bytes, "legacy", RuleSet.Default, CancellationToken.None).Problems.ShouldHaveSingleItem();
        var span = diagnostic.Location.GetLineSpan().Span;
        (diagnostic.Id, span.Start.Line, span.Start.Character).ShouldBe(("CORPUS003", problem.Line, problem.Column));
        diagnostic.GetMessage().ShouldContain($"'{problem.Text}'");
    }

    [Theory]
    [InlineData("1252")]
    [InlineData("utf8-replacement")]
    public void Binary_file_is_CORPUS011_and_left_out(string fallback)
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);

        var run = RunOne(CompilerDecoding.Decode(bytes, CompilerDecoding.Fallback(fallback)));

        run.GeneratorDiagnostics.Select(d => d.Id).ShouldContain("CORPUS011");
        run.CompileProblems.ShouldBeEmpty();
        run.LoadArticles().ShouldBeEmpty();
    }

    [Fact]
    public void Ten_megabyte_single_line_is_CORPUS012_and_left_out_before_the_compiler_hits_its_string_limit()
    {
        var text = "Tiêu đề\n" + new string('x', 10_000_000);

        var run = RunOne(text);

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS012");
        run.CompileProblems.ShouldBeEmpty();
        run.LoadArticles().ShouldBeEmpty();
    }

    [Fact]
    public void Corpus_past_the_string_heap_budget_is_one_CORPUS013_with_the_numbers_at_the_first_article_left_out()
    {
        var big = "Tiêu đề {0}\n" + new string('y', 2_500_000);
        var run = GeneratorHarness.Run([.. "ABC".Select(name => new ArticleFile($"/hostile/{char.ToLowerInvariant(name)}.txt", string.Format(big, name)))]);

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS013");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/hostile/b.txt");
        diagnostic.GetMessage().ShouldStartWith("2 of the corpus's 3 articles were left out, from 'b' on in id order");
        diagnostic.GetMessage().ShouldMatch(@"needs \d+\.\d MB of string heap, more than the limit of 15\.0 MB");
        run.CompileProblems.ShouldBeEmpty();
        run.LoadArticles().ShouldHaveSingleItem().Id.ShouldBe("a");
    }

    [Fact]
    public void Hundred_thousand_short_lines_compile_into_one_article()
    {
        var text = "Tiêu đề\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"Dòng {i}.\n"));

        var article = CompiledEqualsParsed(text);

        article.Paragraphs.Count.ShouldBe(100_000);
        article.Paragraphs[99_999].ShouldBe("Dòng 99999.");
    }

    [Fact]
    public void Hundred_thousand_lines_broken_mid_sentence_join_into_one_paragraph()
    {
        // Each line opens in lowercase after one with no closing mark: one sentence a scraper broke at every word.
        var text = "Tiêu đề\nMở đầu" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"\nchữ {i}")) + ".\n";

        var article = CompiledEqualsParsed(text);

        var paragraph = article.Paragraphs.ShouldHaveSingleItem();
        paragraph.ShouldStartWith("Mở đầu chữ 0 chữ 1 ");
        paragraph.ShouldEndWith(" chữ 99999.");
    }

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("@namespace", "Namespace")]
    [InlineData("2 bên ký kết thỏa thuận", "_2BenKyKetThoaThuan")]
    [InlineData("!!! ??? …", "ArticlePage")]
    public void Titles_that_are_keywords_start_with_digits_or_are_punctuation_get_valid_names(string title, string property)
    {
        var run = RunOne($"{title}\n\nĐoạn văn.");

        run.Sources.Select(s => s.HintName).ShouldContain($"Articles.{property}.g.cs");
        run.CompileProblems.ShouldBeEmpty();
        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(title.Any(char.IsLetterOrDigit) ? [] : ["CORPUS002"]);
    }

    [Fact]
    public void Two_titles_that_fold_to_one_name_are_CORPUS005_with_a_suffix()
    {
        var run = GeneratorHarness.Run([new ArticleFile("/a/x.txt", "Đà Nẵng\n\nA."), new ArticleFile("/a/y.txt", "Da Nang\n\nB.")]);

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS005");
        run.Sources.Select(s => s.HintName).ShouldBe(["Articles.DaNang.g.cs", "Articles.DaNang_2.g.cs", "Articles.g.cs"]);
    }

    [Fact]
    public void Same_file_name_in_two_folders_is_CORPUS004_and_the_first_path_is_kept()
    {
        var run = GeneratorHarness.Run([new ArticleFile("/b/story.txt", "Tin B\n\nB."), new ArticleFile("/a/story.txt", "Tin A\n\nA.")]);

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS004");
        diagnostic.Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/b/story.txt");
        run.LoadArticles().ShouldHaveSingleItem().Title.ShouldBe("Tin A");
    }

    [Fact]
    public void File_name_with_spaces_and_vietnamese_letters_is_the_id_as_written()
    {
        var run = RunOne("Tiêu đề\n\nĐoạn.", "/hostile/tin số 1 – Đà Nẵng.txt");

        run.CompileProblems.ShouldBeEmpty();
        run.LoadArticles().ShouldHaveSingleItem().Id.ShouldBe("tin số 1 – Đà Nẵng");
    }

    private static void AssertMisdecoded(string text)
    {
        var run = GeneratorHarness.Run([new ArticleFile("/hostile/legacy.txt", text), new ArticleFile("/hostile/ok.txt", "Tin tốt\n\nĐoạn.")]);

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS003");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/hostile/legacy.txt");
        run.CompileProblems.ShouldBeEmpty();
        run.LoadArticles().Select(a => a.Id).ShouldBe(["ok"]);
    }
}
