using Corpus.Packing;
using Corpus.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
    public void Without_the_pack_the_first_use_says_how_to_build_it()
    {
        var catalog = GeneratorHarness.Run([], Packed).Load().GetType("Consumer.Articles", throwOnError: true)!;

        var failure = Should.Throw<System.Reflection.TargetInvocationException>(() => catalog.GetProperty("All")!.GetValue(null));

        failure.InnerException.ShouldBeOfType<TypeInitializationException>()
            .InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("<CorpusStorage>Packed</CorpusStorage>");
    }
}
