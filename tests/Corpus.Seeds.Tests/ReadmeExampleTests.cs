using Corpus.Seeds;

namespace Corpus.Seeds.Tests;

/// <summary>The README's example, line for line, so the documented values stay true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_values_hold()
    {
        Article article = Articles.QuanChucCapCaoMyToiHanQuocBanVeThuongDinhSongPhuong;

        article.Title.ShouldBe("Quan chức cấp cao Mỹ tới Hàn Quốc bàn về thượng đỉnh song phương");
        article.Agency.ShouldBe("Vietnam+");
        article.Site.ShouldBe("vietnamplus.vn");
        article.Published?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2023-04-05 15:10 +07:00");
        article.Images[0].Credit.ShouldBe("Yonhap");
        article.Links[0].ShouldBe("Bộ trưởng Quốc phòng Mỹ, Hàn Quốc nhất trí tăng cường hợp tác an ninh");
        Articles.Get("002_27aa4dd25fd297e8").ShouldBeSameAs(article);
        Articles.TryGet("004_e56ef27ba0c607c2", out var ttxvn).ShouldBeTrue();
        ttxvn.Author.ShouldBe("Nguyễn Hằng");
    }
}
