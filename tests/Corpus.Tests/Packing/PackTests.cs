using System.Reflection;
using System.Text;
using Corpus.Packing;
using Corpus.Tests.Fuzz;
using Corpus.Tests.Support;
using CsCheck;

namespace Corpus.Tests.Packing;

/// <summary>The packed layout: what goes in comes out equal, lazily, and a damaged pack fails with a clear exception.</summary>
public sealed class PackTests
{
    private static readonly Article[] SeedArticles = Seeds.Files.Select(Path.GetFileNameWithoutExtension).Select(id => Seeds.Parse(id!)).ToArray();

    [Fact]
    public void Every_seed_comes_back_equal_field_by_field_in_id_order()
    {
        var corpus = PackedCorpus.FromBytes(PackWriter.Pack(SeedArticles.Reverse()));

        corpus.Count.ShouldBe(5);
        corpus.Ids.ShouldBe(SeedArticles.Select(a => a.Id).OrderBy(id => id, StringComparer.Ordinal));
        foreach (var expected in SeedArticles)
        {
            var article = corpus.Get(expected.Id);
            article.Title.ShouldBe(expected.Title);
            article.Sections.ShouldBe(expected.Sections);
            article.Paragraphs.ShouldBe(expected.Paragraphs);
            article.Images.ShouldBe(expected.Images);
            article.Lead.ShouldBe(expected.Lead);
            (article.Author, article.Agency, article.Site, article.Url, article.Published).ShouldBe((expected.Author, expected.Agency, expected.Site, expected.Url, expected.Published));
            article.Published?.Offset.ShouldBe(expected.Published!.Value.Offset);
            article.Links.ShouldBe(expected.Links);
            article.Related.ShouldBe(expected.Related);
            article.Raw.ShouldBe(expected.Raw);
            article.Text.ShouldBe(expected.Text);
            article.ShouldBe(expected);
            article.GetHashCode().ShouldBe(expected.GetHashCode());
        }

        corpus.ToList().ShouldBe(SeedArticles.OrderBy(a => a.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void Typed_text_found_in_the_raw_text_is_stored_once()
    {
        var raw = SeedArticles.Sum(a => Encoding.UTF8.GetByteCount(a.Raw));
        var typed = SeedArticles.Sum(a => a.Paragraphs.Sum(p => Encoding.UTF8.GetByteCount(p)));

        var pack = PackWriter.Pack(SeedArticles);

        // Storing the paragraphs a second time would add 'typed' bytes; positions and lengths cost far less.
        (pack.Length - raw).ShouldBeLessThan(typed / 2, $"raw {raw} B, paragraphs {typed} B, pack {pack.Length} B");
    }

    [Fact]
    public void Looking_an_article_up_decodes_nothing_until_a_field_is_read()
    {
        var corpus = PackedCorpus.FromBytes(PackWriter.Pack(SeedArticles));
        var id = SeedArticles[2].Id;

        var article = corpus.Get(id);

        DecodedGroups(article).ShouldBeEmpty();
        article.Title.ShouldBe(SeedArticles[2].Title);
        DecodedGroups(article).ShouldBe(["_title"]);
        article.Paragraphs.Count.ShouldBe(SeedArticles[2].Paragraphs.Count);
        DecodedGroups(article).ShouldBe(["_title", "_body"]);
        article.Author.ShouldBe(SeedArticles[2].Author);
        DecodedGroups(article).ShouldBe(["_title", "_head", "_body"]);
        corpus.Get(id).ShouldBeSameAs(article);
        corpus[2].ShouldBeSameAs(article);
    }

    [Fact]
    public void An_article_nobody_holds_can_be_collected_and_comes_back_equal()
    {
        var corpus = PackedCorpus.FromBytes(PackWriter.Pack(SeedArticles));
        var held = corpus[0];
        var dropped = ReadAllButTheFirstWeakly(corpus);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        dropped.Count(article => article.TryGetTarget(out var _)).ShouldBe(0, "the corpus must not keep articles alive on its own");
        corpus[0].ShouldBeSameAs(held);
        corpus[1].ShouldBe(SeedArticles.OrderBy(a => a.Id, StringComparer.Ordinal).ElementAt(1));
        GC.KeepAlive(held);
    }

    [Fact]
    public void Threads_asking_at_once_for_an_article_all_get_one_instance()
    {
        const int Threads = 4, Rounds = 100;
        for (var round = 0; round < Rounds; round++)
        {
            var corpus = PackedCorpus.FromBytes(PackWriter.Pack(SeedArticles));
            var index = round % corpus.Count;
            var id = corpus.Ids[index];
            var seen = new Article[Threads];
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(thread => new Thread(() =>
            {
                start.SignalAndWait();
                seen[thread] = thread % 2 == 0 ? corpus.Get(id) : corpus[index];
            })).ToList();

            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());

            // Every thread still holds what it got, so all must have the one instance the corpus stored.
            seen.Cast<object>().Distinct(ReferenceEqualityComparer.Instance).Count().ShouldBe(1, $"round {round}");
        }
    }

    // Not inlined, so no reference to the articles outlives the call in a register or a stack slot.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static List<WeakReference<Article>> ReadAllButTheFirstWeakly(PackedCorpus corpus) =>
        corpus.Skip(1).Select(article => new WeakReference<Article>(article.Paragraphs.Count >= 0 ? article : null!)).ToList();

    [Fact]
    public void Unknown_ids_are_reported_with_the_id()
    {
        var corpus = PackedCorpus.FromBytes(PackWriter.Pack(SeedArticles));

        corpus.TryGet("nope", out var missing).ShouldBeFalse();
        missing.ShouldBeNull();
        corpus.TryGet(SeedArticles[0].Id + "x", out _).ShouldBeFalse();
        corpus.TryGet(SeedArticles[0].Id[..^1], out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => corpus.Get("nope")).Message.ShouldContain("'nope'");
        Should.Throw<ArgumentOutOfRangeException>(() => corpus[5]);
    }

    [Fact]
    public void The_writer_refuses_repeated_ids_and_text_utf8_cannot_hold()
    {
        Should.Throw<ArgumentException>(() => PackWriter.Pack([SeedArticles[0], SeedArticles[0]])).Message.ShouldContain(SeedArticles[0].Id);
        Should.Throw<ArgumentException>(() => PackWriter.Pack([ArticleParser.Parse("lone", "Tiêu đề \uD800 lẻ\n\nĐoạn.")]));
    }

    [Fact]
    public void Not_a_pack_is_an_invalid_data_exception_that_says_why()
    {
        Should.Throw<InvalidDataException>(() => PackedCorpus.FromBytes([])).Message.ShouldContain("size");
        Should.Throw<InvalidDataException>(() => PackedCorpus.FromBytes(Encoding.UTF8.GetBytes(Seeds.Text(SeedArticles[0].Id)))).Message.ShouldContain("pack marker");

        var pack = PackWriter.Pack(SeedArticles);
        pack[8] = 9;
        Should.Throw<InvalidDataException>(() => PackedCorpus.FromBytes(pack)).Message.ShouldContain("version 9");
    }

    [Fact]
    public void Ids_order_and_lookup_agree_with_ordinal_order_for_any_text() =>
        // Mostly ASCII with some of anything, so ids share ASCII prefixes and then differ in any way (the lookup has an ASCII fast path).
        Gen.String[Gen.Frequency((3, Gen.Char['a', 'c']), (1, Gen.Char)), 0, 6].HashSet[1, 30].Sample(ids =>
        {
            var articles = ids.Select(id => ArticleParser.Parse(Utf8RoundTrip(id), "Tiêu đề\n\nĐoạn.")).DistinctBy(a => a.Id).ToList();
            var present = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var corpus = PackedCorpus.FromBytes(PackWriter.Pack(articles));

            corpus.Ids.ShouldBe(articles.Select(a => a.Id).OrderBy(id => id, StringComparer.Ordinal));
            foreach (var article in articles) corpus.Get(article.Id).Id.ShouldBe(article.Id);
            var neighbours = articles.SelectMany(a => new[] { a.Id + "a", a.Id + "\u00E9", a.Id + "\uD83D\uDE00", a.Id.Length > 0 ? a.Id[..^1] : "b", "a" + a.Id, "\uFFFF" + a.Id });
            foreach (var neighbour in neighbours) corpus.TryGet(neighbour, out _).ShouldBe(present.Contains(neighbour), neighbour);
        }, iter: FuzzPages.Iterations(300));

    [Fact]
    public void Any_page_comes_back_equal() =>
        FuzzPages.Page.Array[1, 6].Sample(pages =>
        {
            var articles = pages.Select((page, i) => ArticleParser.Parse($"p{i}", Utf8RoundTrip(page))).ToList();
            var corpus = PackedCorpus.FromBytes(PackWriter.Pack(articles));

            foreach (var article in articles) corpus.Get(article.Id).ShouldBe(article);
        }, iter: FuzzPages.Iterations(1000));

    [Fact]
    public void A_damaged_pack_reads_or_fails_with_invalid_data_never_anything_else()
    {
        var pack = PackWriter.Pack(SeedArticles);
        Gen.Select(Gen.Int[0, pack.Length - 1], Gen.Byte, Gen.Int[0, pack.Length]).Sample((at, value, cut) =>
        {
            var damaged = pack.Take(Math.Max(cut, at + 1)).ToArray();
            damaged[at] = value;
            try
            {
                foreach (var article in PackedCorpus.FromBytes(damaged)) ReadEverything(article);
            }
            catch (InvalidDataException)
            {
                // The one failure a damaged pack may cause.
            }
        }, iter: FuzzPages.Iterations(3000));
    }

    private static void ReadEverything(Article article) =>
        _ = (article.Title, article.Author, article.Agency, article.Site, article.Url, article.Published, article.Sections, article.Paragraphs, article.Links, article.Related, article.Raw, article.Text);

    private static string Utf8RoundTrip(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    private static string[] DecodedGroups(Article article) =>
        new[] { "_title", "_head", "_body", "_lists", "_raw" }
            .Where(name => typeof(Article).GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(article) is not null)
            .ToArray();
}
