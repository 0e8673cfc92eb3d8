using Corpus.Tests.Support;

namespace Corpus.Tests.Parsing;

/// <summary>What the parser makes of each seed page: the specification of the three site layouts, field by field.</summary>
public sealed class SeedArticleTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public void Aggregated_page_has_main_story_then_one_section_per_further_story()
    {
        var article = Seeds.Parse(Seeds.Aggregated);

        article.Title.ShouldBe("Ngoại trưởng Hàn Quốc lên đường thăm Mỹ");
        article.Sections.Select(s => s.Heading).ShouldBe([null, "Tìm hướng đi cho hợp tác ASEAN-Hàn Quốc và các biện pháp thúc đẩy hòa bình"]);
        article.Lead.ShouldStartWith("Theo phóng viên TTXVN tại Seoul, ngày 8/11, Ngoại trưởng Hàn Quốc Kang Kyung-hwa");
        article.Sections[0].Paragraphs.Count.ShouldBe(6);
        article.Sections[1].Paragraphs.Count.ShouldBe(12);
        article.Paragraphs.Count.ShouldBe(18);
        article.Sections[1].Paragraphs[0].ShouldStartWith("Phóng viên TTXVN tại Seoul dẫn thông cáo báo chí");
        article.Sections[1].Paragraphs[^1].ShouldStartWith("Hội nghị cũng đã thông qua Kế hoạch Hành động ASEAN-Hàn Quốc");
    }

    [Fact]
    public void Aggregated_page_images_have_label_caption_and_credit_per_story()
    {
        var article = Seeds.Parse(Seeds.Aggregated);

        article.Sections[0].Images.ShouldBe([new Image("Ngoại trưởng Hàn Quốc lên đường thăm Mỹ - Hình 1", "Ngoại trưởng Hàn Quốc Kang Kyung-wha.", "Yonhap/TTXVN")]);
        article.Sections[1].Images.ShouldBe([new Image(
            "Tìm hướng đi cho hợp tác ASEAN-Hàn Quốc và các biện pháp thúc đẩy hòa bình - Hình 1",
            "Ngoại trưởng Hàn Quốc Kang Kyung-wha.",
            "Yonhap/TTXVN")]);
    }

    [Fact]
    public void Widgets_feedback_and_list_headings_never_reach_paragraphs()
    {
        foreach (var id in new[] { Seeds.Aggregated, Seeds.AggregatedWithFollow })
        {
            var paragraphs = Seeds.Parse(id).Paragraphs;
            paragraphs.ShouldNotContain("Video đang HOT");
            paragraphs.ShouldNotContain("Theo dõi VGT trên");
            paragraphs.ShouldNotContain("Bạn thấy bài viết này có hữu ích không?");
            paragraphs.ShouldNotContain(p => p == "Không" || p == "Có;" || p == "Tin liên quan" || p == "Tiêu điểm");
        }
    }

    [Fact]
    public void Aggregated_page_related_lists_keep_group_time_category_and_summary()
    {
        var related = Seeds.Parse(Seeds.Aggregated).Related;

        related.GroupBy(r => r.Group).Select(g => (g.Key, g.Count())).ShouldBe(
            [("Tiêu điểm", 8), ("Tin đang nóng", 8), ("Tin mới nhất", 12), ("Có thể bạn quan tâm", 11)]);
        related[0].ShouldBe(new RelatedArticle(
            "Tiêu điểm", "Loạt hợp đồng lớn mà Tổng thống Trump công bố trong chuyến công du Trung Đông",
            new DateTimeOffset(2025, 5, 16, 14, 55, 40, Vietnam), null, null));
        var latest = related.First(r => r.Group == "Tin mới nhất");
        latest.Title.ShouldBe("Ông Trump hé lộ nội dung cuộc điện đàm sắp diễn ra với Tổng thống Nga Putin");
        latest.Published.ShouldBe(new DateTimeOffset(2025, 5, 18, 6, 36, 9, Vietnam));
        latest.Summary.ShouldStartWith("Tổng thống Mỹ cũng bày tỏ hy vọng rằng 19/5");
        var suggested = related.First(r => r.Group == "Có thể bạn quan tâm");
        suggested.Title.ShouldBe("Xe tay ga 175cc, phanh ABS 2 kênh, TCS, giá hơn 48 triệu, 'đe nẹt' Honda Air Blade 160");
        suggested.Category.ShouldBe("Xe máy");
        suggested.Summary.ShouldStartWith("Thân xe gọn gàng hơn");
        related[^1].Summary.ShouldStartWith("Trong lễ cưới, Uông Tiểu Phi");
    }

    [Fact]
    public void Follow_widget_is_dropped_and_image_caption_after_blank_line_is_found()
    {
        var article = Seeds.Parse(Seeds.AggregatedWithFollow);

        article.Lead.ShouldStartWith("Ngoại trưởng Mỹ Antony Blinken ngày 23/9");
        article.Images[0].ShouldBe(new Image(
            "Mỹ nhấn mạnh tầm quan trọng của hợp tác 3 bên với Hàn Quốc và Nhật Bản - Hình 1", "Ngoại trưởng Mỹ Antony Blinken.", "Getty Images/TTXVN"));
        article.Sections[1].Heading.ShouldBe("Bộ trưởng Ngoại giao Trung Quốc gặp riêng rẽ người đồng cấp Nhật Bản và Hàn Quốc");
        article.Sections[1].Images[0].Caption.ShouldStartWith("Bộ trưởng Ngoại giao Trung Quốc Vương Nghị (phải)");
        article.Sections[1].Images[0].Caption.ShouldEndWith("ngày 26/7/2024.");
        article.Sections[1].Images[0].Credit.ShouldBe("Yonhap/TTXVN");
        article.Related.Count(r => r.Group == "Tin mới nhất").ShouldBe(12);
    }

    [Fact]
    public void VietnamPlus_dateline_signature_source_and_url_become_metadata()
    {
        var article = Seeds.Parse(Seeds.VietnamPlus);

        article.Agency.ShouldBe("Vietnam+");
        article.Author.ShouldBeNull();
        article.Published.ShouldBe(new DateTimeOffset(2023, 4, 5, 15, 10, 0, Vietnam));
        article.Site.ShouldBe("vietnamplus.vn");
        article.Url.ShouldBe(new Uri("https://www.vietnamplus.vn/quan-chuc-cap-cao-my-toi-han-quoc-ban-ve-thuong-dinh-song-phuong/855469.vnp"));
        article.Lead.ShouldStartWith("Giám đốc cấp cao phụ trách khu vực Đông Á-châu Đại Dương");
        article.Paragraphs.Count.ShouldBe(7);
        article.Paragraphs.ShouldAllBe(p => !p.Contains("Vietnam+") && !p.Contains("http") && !p.Contains("Copy Link") && !p.Contains("POWERED"));
    }

    [Fact]
    public void VietnamPlus_glued_label_caption_and_source_credit_are_split()
    {
        var image = Seeds.Parse(Seeds.VietnamPlus).Images.ShouldHaveSingleItem();

        image.Label.ShouldBe("Quan chuc cap cao My toi Han Quoc ban ve thuong dinh song phuong hinh anh 1");
        image.Caption.ShouldStartWith("Thứ trưởng Ngoại giao thứ nhất của Hàn Quốc Cho Hyun-dong (phải)");
        image.Caption.ShouldEndWith("ngày 5/4.");
        image.Credit.ShouldBe("Yonhap");
    }

    [Fact]
    public void VietnamPlus_inline_link_end_mark_and_cms_chrome()
    {
        var article = Seeds.Parse(Seeds.VietnamPlus);

        article.Links.ShouldBe(["Bộ trưởng Quốc phòng Mỹ, Hàn Quốc nhất trí tăng cường hợp tác an ninh"]);
        article.Paragraphs[^1].ShouldEndWith("hồi tuần trước.");
        article.Related.ShouldBeEmpty();
        article.Sections.ShouldHaveSingleItem().Heading.ShouldBeNull();
    }

    [Fact]
    public void BaoTinTuc_caption_alone_under_title_is_an_image_not_the_lead()
    {
        var article = Seeds.Parse(Seeds.BaoTinTuc);

        article.Images.ShouldBe([new Image(
            null, "Tổng thống đắc cử Hàn Quốc Yoon Suk-yeol (trái) trong cuộc hội đàm với người đồng nhiệm Mỹ Joe Biden (phải) đang trong chuyến thăm Seoul.", null)]);
        article.Lead.ShouldStartWith("Quyết định trên đạt được tại cuộc họp trực tuyến đầu tiên");
        article.Paragraphs.Count.ShouldBe(3);
        article.Site.ShouldBe("baotintuc.vn");
        article.Published.ShouldBeNull();
    }

    [Fact]
    public void BaoTinTuc_lists_with_inline_times_and_headless_list()
    {
        var related = Seeds.Parse(Seeds.BaoTinTuc).Related;

        related.Count(r => r.Group == "Tin cùng chuyên mục").ShouldBe(10);
        related[0].ShouldBe(new RelatedArticle(
            "Tin cùng chuyên mục", "Lời nói đầu tiên của những đứa trẻ sau khi được tìm thấy trong rừng Amazon",
            new DateTimeOffset(2023, 6, 12, 17, 24, 0, Vietnam), null, null));
        related.First(r => r.Title.StartsWith("Bé gái Philippines")).Published.ShouldBe(new DateTimeOffset(2022, 11, 15, 10, 0, 0, Vietnam));
        var headless = related.Where(r => r.Group is null).ToList();
        headless.Count.ShouldBe(10);
        headless[0].Title.ShouldBe("Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Quốc hội Armenia Alen Simonyan");
        headless.ShouldAllBe(r => !r.Title.StartsWith("-") && r.Published == null);
    }

    [Fact]
    public void Ttxvn_byline_label_caption_and_standalone_teaser()
    {
        var article = Seeds.Parse(Seeds.Ttxvn);

        article.Author.ShouldBe("Nguyễn Hằng");
        article.Agency.ShouldBe("TTXVN");
        article.Images.ShouldHaveSingleItem().Label.ShouldBe("Chú thích ảnh");
        article.Images[0].Credit.ShouldBe("YONHAP/TTXVN");
        article.Images[0].Caption.ShouldEndWith("ngày 9/12/2020.");
        article.Related.ShouldBe([new RelatedArticle(
            null, "Phái viên hạt nhân Mỹ-Hàn gặp nhau giữa căng thẳng với Triều Tiên", null, null,
            "Các phái viên hạt nhân cấp cao của Hàn Quốc và Mỹ đã gặp nhau tại Washington D.C vào ngày 18/6 sau khi Triều Tiên đe dọa sẽ “hành động quân sự”.")]);
        article.Paragraphs.Count.ShouldBe(6);
        article.Paragraphs.ShouldAllBe(p => !p.Contains("Chia sẻ") && !p.Contains("Các đơn vị thông tin"));
    }

    [Fact]
    public void No_break_spaces_and_trailing_spaces_are_cleaned_in_fields_but_kept_in_raw()
    {
        var article = Seeds.Parse(Seeds.Ttxvn);

        article.Paragraphs.ShouldAllBe(p => !p.Contains('\u00A0') && p == p.Trim() && !p.Contains("  "));
        article.Lead.ShouldEndWith("vào tháng 1/2021.");
        article.Paragraphs[^1].ShouldContain("Bán đảo Triều Tiên. Trong chuyến công du");
        article.Raw.ShouldBe(Seeds.Text(Seeds.Ttxvn));
        article.Raw.ShouldContain("\u00A0\u00A0\u00A0 \u00A0");
    }

    [Fact]
    public void Text_joins_headings_and_paragraphs_with_blank_lines()
    {
        var article = Seeds.Parse(Seeds.Aggregated);

        var blocks = article.Text.Split("\n\n");
        blocks.Length.ShouldBe(article.Paragraphs.Count + 1);
        blocks[0].ShouldBe(article.Lead);
        blocks.ShouldContain(article.Sections[1].Heading!);
        article.Text.ShouldNotContain(article.Title + "\n");
    }

    [Theory]
    [InlineData(Seeds.Aggregated)]
    [InlineData(Seeds.AggregatedWithFollow)]
    [InlineData(Seeds.VietnamPlus)]
    [InlineData(Seeds.BaoTinTuc)]
    [InlineData(Seeds.Ttxvn)]
    public void Every_seed_parses_without_problems_into_clean_nfc_fields(string id)
    {
        var result = ArticleParser.ParseDetailed(id, Seeds.Text(id), TestContext.Current.CancellationToken);

        result.Problems.ShouldBeEmpty();
        result.Article.Id.ShouldBe(id);
        result.Article.Raw.ShouldBe(Seeds.Text(id));
        var fields = result.Article.Paragraphs.Append(result.Article.Title)
            .Concat(result.Article.Related.Select(r => r.Title))
            .Concat(result.Article.Images.Select(i => i.Caption ?? ""));
        fields.ShouldAllBe(f => f.IsNormalized(System.Text.NormalizationForm.FormC) && f == f.Trim() && !f.Contains('\n'));
        result.Article.Related.ShouldAllBe(r => r.Title.Length > 0);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_articles()
    {
        var first = Seeds.Parse(Seeds.Aggregated);
        var second = Seeds.Parse(Seeds.Aggregated);

        first.ShouldNotBeSameAs(second);
        first.ShouldBe(second);
        first.GetHashCode().ShouldBe(second.GetHashCode());
        first.ShouldNotBe(Seeds.Parse(Seeds.AggregatedWithFollow));
    }
}
