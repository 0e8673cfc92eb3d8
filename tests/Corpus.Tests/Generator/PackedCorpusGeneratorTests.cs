extern alias GeneratorAssembly;

using System.Text.RegularExpressions;
using Corpus.Packing;
using Corpus.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PackNames = GeneratorAssembly::Corpus.Packing.PackNames;
using TrackingNames = GeneratorAssembly::Corpus.Generator.Pipeline.TrackingNames;

namespace Corpus.Tests.Generator;

/// <summary>CorpusStorage=Packed: the generator emits the catalog over the embedded pack and reads no file.</summary>
public sealed class PackedCorpusGeneratorTests
{
    private static readonly Dictionary<string, string> Packed = new()
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.CorpusStorage"] = "Packed",
    };

    private static IEnumerable<ResourceDescription> SeedPack()
    {
        var pack = PackWriter.Pack(Seeds.Files.Select(ArticleParser.ParseFile));
        return [new ResourceDescription(PackedCorpus.ResourceName, () => new MemoryStream(pack), isPublic: true)];
    }

    [Fact]
    public void The_catalog_matches_its_approved_snapshot_and_no_article_file_is_read()
    {
        // Unreadable files would give CORPUS009 if the generator touched them.
        var run = GeneratorHarness.Run([new ArticleFile("/articles/a.txt", null), new ArticleFile("/articles/b.txt", null)], Packed);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        var (hintName, text) = run.Sources.ShouldHaveSingleItem();
        Approvals.Verify("Packed." + hintName, text);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void The_catalog_compiles_without_warnings_on_every_language_version(LanguageVersion version) =>
        GeneratorHarness.Run([], Packed, version).CompileProblems.ShouldBeEmpty();

    [Fact]
    public void Compiled_with_the_pack_embedded_every_seed_reads_back_equal_to_its_run_time_parse()
    {
        var assembly = GeneratorHarness.Run([], Packed).Load(SeedPack());
        var catalog = assembly.GetType("Consumer.Articles", throwOnError: true)!;

        var all = (IReadOnlyList<Article>)catalog.GetProperty("All")!.GetValue(null)!;
        var ids = (IReadOnlyList<string>)catalog.GetProperty("Ids")!.GetValue(null)!;
        var get = catalog.GetMethod("Get")!;

        all.ShouldBe(Seeds.Files.Select(ArticleParser.ParseFile).OrderBy(a => a.Id, StringComparer.Ordinal));
        ids.ShouldBe(all.Select(a => a.Id));
        get.Invoke(null, [ids[3]]).ShouldBeSameAs(all[3]);
        var tryGet = new object?[] { "missing", null };
        catalog.GetMethod("TryGet")!.Invoke(null, tryGet).ShouldBe(false);
        tryGet[1].ShouldBeNull();
        Should.Throw<System.Reflection.TargetInvocationException>(() => get.Invoke(null, ["missing"]))
            .InnerException.ShouldBeOfType<KeyNotFoundException>().Message.ShouldContain("'missing' in Articles");
    }

    [Fact]
    public void Each_packed_article_gets_a_property_reading_its_place_in_the_pack()
    {
        var seeds = Seeds.Files.Select(ArticleParser.ParseFile).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var names = NamesFile(seeds.Select(a => new PackNames.Entry($"/seeds/{a.Id}.txt", a.Id, a.Id == seeds[1].Id ? "Chosen" : null, a.Title)));

        var run = GeneratorHarness.Run([names], Packed);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompileProblems.ShouldBeEmpty();
        var catalog = run.Load(SeedPack()).GetType("Consumer.Articles", throwOnError: true)!;
        var get = catalog.GetMethod("Get")!;
        catalog.GetProperty("Chosen")!.GetValue(null).ShouldBeSameAs(get.Invoke(null, [seeds[1].Id]));
        var byTitle = catalog.GetProperty("QuanChucCapCaoMyToiHanQuocBanVeThuongDinhSongPhuong")!.GetValue(null).ShouldBeOfType<Article>();
        byTitle.Title.ShouldBe("Quan chức cấp cao Mỹ tới Hàn Quốc bàn về thượng đỉnh song phương");
        run.Sources.ShouldHaveSingleItem().Text.ShouldContain("public static global::Corpus.Article Chosen => Storage.Pack.Value[1];");
    }

    [Fact]
    public void Names_from_ids_survive_a_corrected_headline()
    {
        var byId = new Dictionary<string, string>(Packed) { ["build_property.CorpusPropertyNames"] = "Id" };
        string Source(string title) => GeneratorHarness.Run([NamesFile([new PackNames.Entry("/a/tin-hai.txt", "tin-hai", null, title)])], byId).Sources.Single().Text;

        Source("Tin hai").ShouldContain("public static global::Corpus.Article TinHai => Storage.Pack.Value[0];");
        Source("Tin hai, đã sửa").ShouldContain("public static global::Corpus.Article TinHai => Storage.Pack.Value[0];");
    }

    [Fact]
    public void A_corpus_past_the_property_limit_names_only_chosen_articles_and_says_so_once()
    {
        var entries = Enumerable.Range(0, 1_001).Select(i => new PackNames.Entry($"/a/{i:D5}.txt", i.ToString("D5"), i == 7 ? "Chosen" : null, $"Tin số {i}"));

        var run = GeneratorHarness.Run([NamesFile(entries)], Packed);

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        (diagnostic.Id, diagnostic.Severity).ShouldBe(("CORPUS016", DiagnosticSeverity.Info));
        diagnostic.GetMessage().ShouldContain("1001 articles, more than the 1000");
        var source = run.Sources.Single().Text;
        source.ShouldContain("public static global::Corpus.Article Chosen => Storage.Pack.Value[7];");
        Regex.Matches(source, @"Storage\.Pack\.Value\[\d+\]").Count.ShouldBe(1);
        run.CompileProblems.ShouldBeEmpty();
    }

    [Fact]
    public void A_corpus_at_the_property_limit_names_every_article()
    {
        var entries = Enumerable.Range(0, 1_000).Select(i => new PackNames.Entry($"/a/{i:D5}.txt", i.ToString("D5"), null, $"Tin số {i}"));

        var run = GeneratorHarness.Run([NamesFile(entries)], Packed);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        Regex.Matches(run.Sources.Single().Text, @"Storage\.Pack\.Value\[\d+\]").Count.ShouldBe(1_000);
    }

    [Fact]
    public void Packed_the_generator_builds_no_rules()
    {
        var run = GeneratorHarness.Run([NamesFile([new PackNames.Entry("/a/tin.txt", "tin", null, "Tin")])], Packed);

        RulesOf(run).ShouldBeNull("the pack task reads the pages; compiling the rules here would only cost the build");
        RulesOf(GeneratorHarness.Run([new ArticleFile("/a/tin.txt", "Tin\n\nĐoạn.")])).ShouldNotBeNull();
    }

    private static object? RulesOf(GeneratorRun run)
    {
        var rules = run.Result.Results.Single().TrackedSteps[TrackingNames.Rules].SelectMany(step => step.Outputs).Single().Value;
        return rules.GetType().GetProperty("Rules")!.GetValue(rules);
    }

    private static ArticleFile NamesFile(IEnumerable<PackNames.Entry> entries) =>
        new("/obj/Corpus.pack.names", PackNames.Format(entries), ItemType: "CorpusPackNames");

    [Fact]
    public void Without_the_pack_the_first_use_says_how_to_build_it()
    {
        var catalog = GeneratorHarness.Run([], Packed).Load().GetType("Consumer.Articles", throwOnError: true)!;

        var failure = Should.Throw<System.Reflection.TargetInvocationException>(() => catalog.GetProperty("All")!.GetValue(null));

        failure.InnerException.ShouldBeOfType<TypeInitializationException>()
            .InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("<CorpusStorage>Packed</CorpusStorage>");
    }
}
