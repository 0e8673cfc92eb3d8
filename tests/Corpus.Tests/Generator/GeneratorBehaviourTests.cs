extern alias GeneratorAssembly;

using Corpus.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CorpusGenerator = GeneratorAssembly::Corpus.Generator.Pipeline.CorpusGenerator;

namespace Corpus.Tests.Generator;

/// <summary>Options, per-file metadata, naming, diagnostics and language versions.</summary>
public sealed class GeneratorBehaviourTests
{
    private static readonly ArticleFile[] TwoPages = [ArticleFile.Page("a", "Tin thứ nhất"), ArticleFile.Page("b", "Tin thứ hai")];

    [Fact]
    public void Additional_files_that_are_not_corpus_articles_are_ignored()
    {
        var run = GeneratorHarness.Run([ArticleFile.Page("a", "Tin thứ nhất"), ArticleFile.Page("other", "Không phải bài") with { ItemType = null },
            ArticleFile.Page("resx", "Tệp khác") with { ItemType = "EmbeddedResource" }]);

        run.Sources.Select(s => s.HintName).ShouldBe(["Articles.TinThuNhat.g.cs", "Articles.g.cs"]);
        run.LoadArticles().Select(a => a.Id).ShouldBe(["a"]);
    }

    [Fact]
    public void No_articles_still_gives_an_empty_catalog_that_compiles()
    {
        var run = GeneratorHarness.Run([]);

        run.CompileProblems.ShouldBeEmpty();
        run.LoadArticles().ShouldBeEmpty();
    }

    [Fact]
    public void Namespace_class_name_and_accessibility_come_from_msbuild_properties()
    {
        var run = GeneratorHarness.Run(TwoPages, new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Ignored",
            ["build_property.CorpusNamespace"] = "My.Fixtures",
            ["build_property.CorpusClassName"] = "News",
            ["build_property.CorpusAccessibility"] = "internal",
        });

        run.CompileProblems.ShouldBeEmpty();
        run.Sources.Select(s => s.HintName).ShouldBe(["News.TinThuHai.g.cs", "News.TinThuNhat.g.cs", "News.g.cs"]);
        var type = run.Load().GetType("My.Fixtures.News", throwOnError: true)!;
        type.IsPublic.ShouldBeFalse();
        ((IReadOnlyList<Article>)type.GetProperty("All")!.GetValue(null)!).Count.ShouldBe(2);
    }

    [Fact]
    public void Without_any_namespace_the_class_is_global()
    {
        var run = GeneratorHarness.Run(TwoPages, new Dictionary<string, string>());

        run.CompileProblems.ShouldBeEmpty();
        run.LoadArticles("Articles").Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("build_property.CorpusNamespace", "My..Fixtures")]
    [InlineData("build_property.CorpusClassName", "class")]
    [InlineData("build_property.CorpusClassName", "1Articles")]
    [InlineData("build_property.CorpusAccessibility", "protected")]
    [InlineData("build_property.CorpusStorage", "Compressed")]
    public void Invalid_properties_are_reported_and_defaults_used(string property, string value)
    {
        var run = GeneratorHarness.Run(TwoPages, new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", [property] = value });

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS010");
        diagnostic.GetMessage().ShouldContain(value);
        run.CompileProblems.ShouldBeEmpty();
    }

    [Fact]
    public void Id_and_property_name_metadata_override_the_defaults_even_with_special_characters()
    {
        var run = GeneratorHarness.Run([ArticleFile.Page("a", "Tin thứ nhất") with { Id = "tin; #một 'số' 1", PropertyName = "TinSốMột" }]);

        run.CompileProblems.ShouldBeEmpty();
        run.Sources.Select(s => s.HintName).ShouldContain("Articles.TinSốMột.g.cs");
        run.LoadArticles().ShouldHaveSingleItem().Id.ShouldBe("tin; #một 'số' 1");
    }

    [Theory]
    [InlineData("class")]
    [InlineData("1st")]
    [InlineData("has space")]
    public void Invalid_property_name_metadata_is_an_error_and_the_title_name_is_used(string propertyName)
    {
        var run = GeneratorHarness.Run([ArticleFile.Page("a", "Tin thứ nhất") with { PropertyName = propertyName }]);

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS008");
        run.Sources.Select(s => s.HintName).ShouldContain("Articles.TinThuNhat.g.cs");
        run.CompileProblems.ShouldBeEmpty();
    }

    [Fact]
    public void Titles_that_fold_to_the_same_name_ignoring_case_get_suffixes_in_id_order_and_an_info_diagnostic()
    {
        var run = GeneratorHarness.Run([ArticleFile.Page("b", "Đà Nẵng"), ArticleFile.Page("a", "Da Nang"), ArticleFile.Page("c", "ĐÀ NẴNG!")]);

        run.Sources.Select(s => s.HintName).ShouldBe(["Articles.DANANG_3.g.cs", "Articles.DaNang.g.cs", "Articles.DaNang_2.g.cs", "Articles.g.cs"]);
        run.GeneratorDiagnostics.Select(d => (d.Id, d.Severity, d.Location.GetLineSpan().Path)).ShouldBe(
            [("CORPUS005", DiagnosticSeverity.Info, "/articles/b.txt"), ("CORPUS005", DiagnosticSeverity.Info, "/articles/c.txt")]);
        run.CompileProblems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("All", "All_2")]
    [InlineData("Get", "Get_2")]
    [InlineData("To String", "ToString_2")]
    [InlineData("Articles", "Articles_2")]
    [InlineData("10 thời điểm then chốt", "_10ThoiDiemThenChot")]
    [InlineData("!!! ???", "ArticleA")]
    public void Names_that_would_clash_with_members_or_start_with_a_digit_are_adjusted(string title, string expected)
    {
        var run = GeneratorHarness.Run([ArticleFile.Page("a", title)]);

        run.Sources.Select(s => s.HintName).ShouldContain($"Articles.{expected}.g.cs");
        run.CompileProblems.ShouldBeEmpty();
    }

    [Fact]
    public void Unreadable_date_is_located_on_its_line()
    {
        var run = GeneratorHarness.Run([new ArticleFile("/articles/d.txt", "Tiêu đề\n\n(TTXVN)| 30/02/2024 10:00\n\nĐoạn.")]);

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS006");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(2);
        diagnostic.GetMessage().ShouldContain("30/02/2024");
        run.LoadArticles().ShouldHaveSingleItem().Published.ShouldBeNull();
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_against_it_and_the_others_are_generated()
    {
        var run = GeneratorHarness.Run([ArticleFile.Page("a", "Tin thứ nhất"), new ArticleFile("/articles/broken.txt", null)]);

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS007");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/articles/broken.txt");
        diagnostic.GetMessage().ShouldContain("The disk said no.");
        run.Result.Results.ShouldAllBe(result => result.Exception == null);
        run.LoadArticles().Select(a => a.Id).ShouldBe(["a"]);
    }

    [Fact]
    public void Every_diagnostic_has_a_help_link_to_its_section_of_the_docs()
    {
        var run = GeneratorHarness.Run([new ArticleFile("/articles/empty.txt", "")]);

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Descriptor.HelpLinkUri.ShouldBe("docs/diagnostics.md#corpus001");
    }

    [Fact]
    public void Inside_the_package_help_links_point_at_its_own_copy_of_the_docs()
    {
        var page = Path.Combine(Path.GetTempPath(), "corpus package", "docs", "diagnostics.md");

        var run = GeneratorHarness.Run([new ArticleFile("/articles/empty.txt", "")], new Dictionary<string, string> { ["build_property.CorpusHelpPage"] = page });

        var link = run.GeneratorDiagnostics.ShouldHaveSingleItem().Descriptor.HelpLinkUri;
        link.ShouldBe(new Uri(page).AbsoluteUri + "#corpus001");
        link.ShouldStartWith("file://");
        link.ShouldContain("corpus%20package");
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.Preview)]
    public void Seed_corpus_compiles_without_warnings_under_every_language_version(LanguageVersion version)
    {
        var run = GeneratorHarness.Run(Seeds.Files.Select(ArticleFile.Seed).ToList(), languageVersion: version);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompileProblems.ShouldBeEmpty();
        run.Sources.ShouldAllBe(source => source.Text.Contains("#nullable enable") == (version >= LanguageVersion.CSharp8));
        run.LoadArticles().Count.ShouldBe(5);
    }

    [Fact]
    public void The_generator_references_roslyn_4_8_so_the_dotnet_8_sdk_loads_it()
    {
        var roslyn = typeof(CorpusGenerator).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));

        roslyn.ShouldNotBeEmpty();
        roslyn.ShouldAllBe(a => a.Version == new Version(4, 8, 0, 0));
        typeof(CorpusGenerator).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().ShouldHaveSingleItem().FrameworkName.ShouldBe(".NETStandard,Version=v2.0");
    }
}
