using Corpus.Seeds;

namespace Corpus.Seeds.Tests;

/// <summary>The compiled seed corpus, used the way a test project uses it.</summary>
public sealed class SeedCorpusTests
{
    private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public void All_lists_the_five_seeds_in_file_name_order()
    {
        var files = Directory.GetFiles(SeedDirectory, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Articles.All.Select(article => article.Id).ShouldBe(files);
        Articles.Ids.ShouldBe(Articles.All.Select(article => article.Id));
    }

    [Fact]
    public void Every_compiled_article_equals_the_run_time_parse_of_its_file()
    {
        foreach (var article in Articles.All)
        {
            var parsed = ArticleParser.ParseFile(Path.Combine(SeedDirectory, article.Id + ".txt"));

            article.ShouldBe(parsed);
            article.Text.ShouldBe(parsed.Text);
        }
    }

    [Fact]
    public void Raw_is_the_file_text_exactly()
    {
        foreach (var article in Articles.All)
        {
            article.Raw.ShouldBe(File.ReadAllText(Path.Combine(SeedDirectory, article.Id + ".txt")));
        }
    }

    [Fact]
    public void Named_properties_get_and_try_get_return_the_same_instance()
    {
        var article = Articles.QuanChucCapCaoMyToiHanQuocBanVeThuongDinhSongPhuong;

        article.Id.ShouldBe("002_27aa4dd25fd297e8");
        Articles.Get("002_27aa4dd25fd297e8").ShouldBeSameAs(article);
        Articles.TryGet("002_27aa4dd25fd297e8", out var found).ShouldBeTrue();
        found.ShouldBeSameAs(article);
        Articles.All[2].ShouldBeSameAs(article);
    }

    [Fact]
    public void Get_of_an_unknown_id_throws_naming_the_id()
    {
        var exception = Should.Throw<KeyNotFoundException>(() => Articles.Get("no-such-article"));

        exception.Message.ShouldContain("'no-such-article'");
        Articles.TryGet("no-such-article", out _).ShouldBeFalse();
        Should.Throw<ArgumentNullException>(() => Articles.TryGet(null!, out _));
    }

    [Fact]
    public void Real_articles_carry_their_typed_fields()
    {
        var vietnamPlus = Articles.QuanChucCapCaoMyToiHanQuocBanVeThuongDinhSongPhuong;
        vietnamPlus.Published.ShouldBe(new DateTimeOffset(2023, 4, 5, 15, 10, 0, TimeSpan.FromHours(7)));
        vietnamPlus.Site.ShouldBe("vietnamplus.vn");
        vietnamPlus.Images.ShouldHaveSingleItem().Credit.ShouldBe("Yonhap");

        var ttxvn = Articles.QuanHeMyHanQuocSeTiepTucDuyTriChatCheDuoiChinhQuyenMoiCuaMy;
        ttxvn.Author.ShouldBe("Nguyễn Hằng");
        ttxvn.Agency.ShouldBe("TTXVN");

        var aggregated = Articles.NgoaiTruongHanQuocLenDuongThamMy;
        aggregated.Sections.Count.ShouldBe(2);
        aggregated.Related.Select(r => r.Group).Distinct().ShouldBe(["Tiêu điểm", "Tin đang nóng", "Tin mới nhất", "Có thể bạn quan tâm"]);

        Articles.HanQuocMyNhatTriSomTienHanhDoiThoaiKinhTeCapCao.Lead.ShouldStartWith("Quyết định trên");
        Articles.MyNhanManhTamQuanTrongCuaHopTac3BenVoiHanQuocVaNhatBan.Images.Count.ShouldBe(2);
    }
}
