namespace Corpus.Tests.Parsing;

/// <summary>Each parsing rule on a small page of its own.</summary>
public sealed class ParsingRuleTests
{
    private static Article Parse(params string[] lines) => ArticleParser.Parse("page", string.Join("\n", lines));

    [Theory]
    [InlineData("Ảnh: Reuters", "Reuters")]
    [InlineData("Ảnh tư liệu: Getty Images/TTXVN", "Getty Images/TTXVN")]
    [InlineData("(Nguồn: Yonhap)", "Yonhap")]
    [InlineData("(Ảnh: AFP)", "AFP")]
    public void Credit_markers_give_the_credit_without_the_marker(string marker, string credit)
    {
        var article = Parse("Tiêu đề", "Tiêu đề - Hình 1", "Ông A phát biểu. " + marker, "Đoạn văn.");

        article.Images.ShouldBe([new Image("Tiêu đề - Hình 1", "Ông A phát biểu.", credit)]);
        article.Paragraphs.ShouldBe(["Đoạn văn."]);
    }

    [Fact]
    public void Caption_right_after_label_after_blank_line_or_glued_to_it()
    {
        Parse("Tiêu đề", "Tiêu đề - Hình 2", "Chú thích. Ảnh: X").Images[0].Caption.ShouldBe("Chú thích.");
        Parse("Tiêu đề", "Tiêu đề - Hình 2", "", "", "Chú thích. Ảnh: X").Images[0].Caption.ShouldBe("Chú thích.");
        Parse("Tiêu đề", "Tieu de hinh anh 2Chú thích (Nguồn: X)").Images.ShouldBe([new Image("Tieu de hinh anh 2", "Chú thích", "X")]);
        Parse("Tiêu đề", "Chú thích ảnh", "Chú thích. Ảnh: X").Images.ShouldBe([new Image("Chú thích ảnh", "Chú thích.", "X")]);
    }

    [Fact]
    public void Caption_alone_is_recognised_by_its_credit_or_by_position_words()
    {
        Parse("Tiêu đề", "Ông A tại hội nghị. Ảnh: TTXVN", "Đoạn.").Images.ShouldBe([new Image(null, "Ông A tại hội nghị.", "TTXVN")]);
        Parse("Tiêu đề", "Ông A (trái) và ông B (thứ hai từ phải).", "Đoạn.").Images.ShouldBe([new Image(null, "Ông A (trái) và ông B (thứ hai từ phải).", null)]);
        Parse("Tiêu đề", "Nguồn tin (Nguồn: X) cho biết thêm.").Images.ShouldBeEmpty();
    }

    [Fact]
    public void Subheadings_open_sections_and_one_opening_the_story_heads_its_opening_before_the_lead()
    {
        const string paragraph = "Đơn hàng tăng mạnh trong tháng. Nhiều xưởng phải thuê thêm thợ.";
        var opening = Parse("Tiêu đề", "", "Mùa cao điểm cuối năm", paragraph, "Thị trường năm mới", paragraph);

        opening.Sections.Select(section => section.Heading).ShouldBe(["Mùa cao điểm cuối năm", "Thị trường năm mới"]);
        opening.Lead.ShouldBe(paragraph);
        opening.Text.ShouldBe($"Mùa cao điểm cuối năm\n\n{paragraph}\n\nThị trường năm mới\n\n{paragraph}");

        // Before a paragraph of one sentence of like length, the short line may be a lead that lost its full stop: it
        // stays the lead. Before one three times its length, it is a subheading.
        Parse("Tiêu đề", "", "Mùa cao điểm cuối năm", "Đơn hàng tăng mạnh trong tháng.").Lead.ShouldBe("Mùa cao điểm cuối năm");
        const string longSentence = "Đơn hàng từ các tỉnh phía Bắc tăng mạnh trong tháng cuối năm khiến nhiều xưởng gốm phải thuê thêm thợ.";
        Parse("Tiêu đề", "", "Mùa cao điểm cuối năm", longSentence).Lead.ShouldBe(longSentence);
    }

    [Theory]
    [InlineData("2. Bún chả", "2. Bún chả")]
    [InlineData("\u0662. Bún chả", null)]
    [InlineData("\u0968. Bún chả", null)]
    public void A_numbered_section_title_heads_its_section_only_with_ascii_digits(string title, string? heading)
    {
        // The section's number is parsed: another script's digits ('٢', '२') are no section's, and must not throw.
        const string paragraph = "Đơn hàng tăng mạnh trong tháng. Nhiều xưởng phải thuê thêm thợ.";
        var article = Parse("Tiêu đề", "", paragraph, "1. Phở bò", paragraph, title, paragraph);

        (article.Sections.Skip(2).SingleOrDefault()?.Heading).ShouldBe(heading);
        article.Text.ShouldContain(title);
    }

    [Fact]
    public void Label_followed_by_a_structural_line_has_no_caption()
    {
        var article = Parse("Tiêu đề", "Tiêu đề - Hình 1", "[Tin liên quan khác]", "Đoạn.");

        article.Images.ShouldBe([new Image("Tiêu đề - Hình 1", null, null)]);
        article.Links.ShouldBe(["Tin liên quan khác"]);
    }

    [Fact]
    public void Story_heading_is_a_line_that_a_later_image_label_names()
    {
        var article = Parse("Tin chính", "Đoạn một.", "Tin phụ", "Đoạn hai.", "Tin phụ - Hình 1", "Ảnh. Ảnh: X");

        article.Sections.Select(s => s.Heading).ShouldBe([null, "Tin phụ"]);
        article.Sections[1].Paragraphs.ShouldBe(["Đoạn hai."]);
        article.Sections[1].Images.Count.ShouldBe(1);
        article.Text.ShouldBe("Đoạn một.\n\nTin phụ\n\nĐoạn hai.");
    }

    [Fact]
    public void Byline_signature_and_according_to_lines_are_metadata()
    {
        Parse("T", "Đoạn.", "Trần Văn An (TTXVN)").ShouldSatisfyAllConditions(
            a => a.Author.ShouldBe("Trần Văn An"), a => a.Agency.ShouldBe("TTXVN"), a => a.Paragraphs.ShouldBe(["Đoạn."]));
        Parse("T", "Đoạn.", "(VOV)").Agency.ShouldBe("VOV");
        Parse("T", "Đoạn.", "Theo www.Example.vn/").Site.ShouldBe("example.vn");
        Parse("T", "Đoạn.", "Theo Reuters").ShouldSatisfyAllConditions(a => a.Agency.ShouldBe("Reuters"), a => a.Site.ShouldBeNull());
        Parse("T", "Theo ông A, kinh tế sẽ tăng trưởng.").Paragraphs.ShouldBe(["Theo ông A, kinh tế sẽ tăng trưởng."]);
    }

    [Fact]
    public void Address_line_gives_url_and_site_when_no_source_line_names_it()
    {
        var article = Parse("T", "Đoạn.", "https://www.example.vn/bai-viet/1.html");

        article.Url.ShouldBe(new Uri("https://www.example.vn/bai-viet/1.html"));
        article.Site.ShouldBe("example.vn");
        article.Paragraphs.ShouldBe(["Đoạn."]);
    }

    [Fact]
    public void Dateline_gives_agency_and_date_in_vietnam_time()
    {
        var article = Parse("T", "(TTXVN)| 31/12/2024 23:59", "Đoạn.");

        article.Published.ShouldBe(new DateTimeOffset(2024, 12, 31, 23, 59, 0, TimeSpan.FromHours(7)));
        article.Agency.ShouldBe("TTXVN");
    }

    [Fact]
    public void Date_shaped_text_that_is_no_date_is_a_problem_and_stays_empty()
    {
        var result = ArticleParser.ParseDetailed("page", "T\n(TTXVN)| 31/02/2024 10:00\nĐoạn.\nTiêu điểm\nTin thế giớiTin thế giới\n25:61:00 01/01/2025", TestContext.Current.CancellationToken);

        result.Article.Published.ShouldBeNull();
        result.Article.Related.ShouldBe([new RelatedArticle("Tiêu điểm", "Tin thế giới", null, null, null)]);
        result.Problems.Select(p => (p.Kind, p.Line)).ShouldBe([(ParseProblemKind.UnreadableDate, 1), (ParseProblemKind.UnreadableDate, 5)]);
    }

    [Fact]
    public void A_date_printed_without_its_time_is_that_days_midnight()
    {
        var article = Parse("T", "Ngày đăng: 12/06/2023", "Đoạn.");

        article.Published.ShouldBe(new DateTimeOffset(2023, 6, 12, 0, 0, 0, TimeSpan.FromHours(7)));
        article.Paragraphs.ShouldBe(["Đoạn."]);
    }

    [Fact]
    public void A_project_dateline_with_more_digits_than_a_number_holds_is_a_problem_not_a_crash()
    {
        var rules = RuleSet.FromJson("""
            { "rules": [
                { "name": "stamp", "kind": "dateline", "pattern": "Số (?<d>\\d+)/(?<m>\\d+)/(?<y>\\d+)" }
            ] }
            """);

        var result = ArticleParser.ParseDetailed("page", "T\nSố 99999999999/1/2024\nĐoạn.\n", rules, TestContext.Current.CancellationToken);

        result.Article.Published.ShouldBeNull();
        result.Problems.Select(p => (p.Kind, p.Line)).ShouldBe([(ParseProblemKind.UnreadableDate, 1)]);
    }

    [Fact]
    public void A_bylines_date_fills_published_and_one_that_disagrees_keeps_the_byline_text()
    {
        var dated = Parse("T", "Đoạn.", "Minh Anh | 10:30 12/06/2023");
        var disagreeing = Parse("T", "(Vietnam+)| 05/04/2023 15:10", "Đoạn.", "Minh Anh | 10:30 12/06/2023");

        dated.Author.ShouldBe("Minh Anh");
        dated.Published.ShouldBe(new DateTimeOffset(2023, 6, 12, 10, 30, 0, TimeSpan.FromHours(7)));
        disagreeing.Author.ShouldBeNull();
        disagreeing.Published.ShouldBe(new DateTimeOffset(2023, 4, 5, 15, 10, 0, TimeSpan.FromHours(7)));
        disagreeing.Paragraphs.ShouldBe(["Đoạn.", "Minh Anh | 10:30 12/06/2023"]);
    }

    [Fact]
    public void A_date_before_the_first_moment_in_utc_is_a_problem_not_a_crash()
    {
        var header = ArticleParser.ParseDetailed("page", "# date = 01/01/0001 00:00\nT\nĐoạn.\n", TestContext.Current.CancellationToken);
        var printed = ArticleParser.ParseDetailed("page", "T\n01/01/0001 03:00\nĐoạn.\n", TestContext.Current.CancellationToken);

        header.Article.Published.ShouldBeNull();
        header.Problems.Select(p => p.Kind).ShouldBe([ParseProblemKind.UnreadableDate]);
        printed.Article.Published.ShouldBeNull();
        printed.Problems.Select(p => (p.Kind, p.Line)).ShouldBe([(ParseProblemKind.UnreadableDate, 1)]);
    }

    /// <summary>Found by the fuzz property (seed 3mhciZ5PT1Q1): an item printed again with another time was dropped, its time lost.</summary>
    [Fact]
    public void An_item_printed_again_keeps_the_time_either_printing_gives_and_two_times_are_two_items()
    {
        var related = Parse("T", "Đoạn.", "Tin cùng chuyên mục", "- Tin A", "- Tin A 12.06.2023 | 17:24", "- Tin B 12.06.2023 | 08:00", "- Tin B 13.06.2023 | 09:00").Related;

        related.Select(r => (r.Title, r.Published?.Day, r.Published?.Hour)).ShouldBe([("Tin A", 12, 17), ("Tin B", 12, 8), ("Tin B", 13, 9)]);
    }

    [Theory]
    [InlineData("17:24 PM", 17)]
    [InlineData("05:24 PM", 17)]
    [InlineData("12:24 AM", 0)]
    [InlineData("12:24 PM", 12)]
    [InlineData("09:24", 9)]
    public void Inline_list_times_read_a_redundant_or_real_am_pm(string time, int hour)
    {
        var related = Parse("T", "Đoạn.", "Tin cùng chuyên mục", $"- Một tin khác 12.06.2023 | {time}").Related.ShouldHaveSingleItem();

        related.Title.ShouldBe("Một tin khác");
        related.Published!.Value.Hour.ShouldBe(hour);
    }

    [Fact]
    public void Headline_printed_twice_is_one_title_glued_or_on_two_lines()
    {
        var related = Parse("T", "Đoạn.", "Tiêu điểm", "Tin thế giới ATin thế giới A", "10:00:00 01/01/2025", "Tin thế giới B", "", "Tin thế giới B", "", "Chuyên mục", "11:00:00 01/01/2025", "Tóm tắt B.").Related;

        related.ShouldBe([
            new RelatedArticle("Tiêu điểm", "Tin thế giới A", new DateTimeOffset(2025, 1, 1, 10, 0, 0, TimeSpan.FromHours(7)), null, null),
            new RelatedArticle("Tiêu điểm", "Tin thế giới B", new DateTimeOffset(2025, 1, 1, 11, 0, 0, TimeSpan.FromHours(7)), "Chuyên mục", "Tóm tắt B."),
        ]);
    }

    [Fact]
    public void Short_repeated_text_is_not_taken_for_a_doubled_headline()
    {
        Parse("T", "hahahaha").Paragraphs.ShouldBe(["hahahaha"]);
        Parse("T", "Tin mới Tin mới ").Related.ShouldBeEmpty();
    }

    [Fact]
    public void Widgets_and_their_answers_close_the_story()
    {
        var article = Parse("T", "Đoạn.", "Bạn thấy bài viết này có hữu ích không?", "Có", "Không", "Tin A", "Tin B");

        article.Paragraphs.ShouldBe(["Đoạn."]);
        article.Related.Select(r => (r.Group, r.Title)).ShouldBe([(null, "Tin A"), (null, "Tin B")]);
    }

    [Fact]
    public void Title_repeated_in_page_chrome_is_dropped()
    {
        Parse("Tiêu đề bài", "Đoạn.", "Copy Link", "    Mới nhất", "        Tiêu đề bài").Related.ShouldBeEmpty();
    }

    [Fact]
    public void End_mark_keeps_the_full_stop()
    {
        Parse("T", "Câu cuối./.").Paragraphs.ShouldBe(["Câu cuối."]);
        Parse("T", "Câu cuối.", "./.").Paragraphs.ShouldBe(["Câu cuối."]);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\u2028")]
    public void Every_line_ending_splits_lines_and_raw_keeps_it(string newline)
    {
        var text = string.Join(newline, "Tiêu đề", "", "Đoạn một.", "Đoạn hai.");
        var article = ArticleParser.Parse("page", text);

        article.Title.ShouldBe("Tiêu đề");
        article.Paragraphs.ShouldBe(["Đoạn một.", "Đoạn hai."]);
        article.Raw.ShouldBe(text);
    }

    [Fact]
    public void Decomposed_text_becomes_nfc_in_fields_and_stays_decomposed_in_raw()
    {
        var nfd = "Tiêu đề\nĐoạn văn tiếng Việt.".Normalize(System.Text.NormalizationForm.FormD);
        var article = ArticleParser.Parse("page", nfd);

        article.Title.ShouldBe("Tiêu đề");
        article.Paragraphs.ShouldBe(["Đoạn văn tiếng Việt."]);
        article.Raw.ShouldBe(nfd);
    }

    [Fact]
    public void Empty_and_whitespace_only_pages_are_a_problem_with_an_empty_article()
    {
        foreach (var text in new[] { "", " \n\u00A0\t\r\n" })
        {
            var result = ArticleParser.ParseDetailed("page", text, TestContext.Current.CancellationToken);
            result.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ParseProblemKind.EmptyFile);
            result.Article.Title.ShouldBe("");
            result.Article.Sections.ShouldHaveSingleItem().Paragraphs.ShouldBeEmpty();
            result.Article.Raw.ShouldBe(text);
        }
    }

    [Fact]
    public void Misdecoded_text_is_located_by_the_same_line_breaks_the_parser_uses()
    {
        var mojibake = System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes("Quan chức cấp cao Mỹ tới"));
        var text = "Tiêu đề\u2028Đoạn một.\u0085Đoạn hai.\r\n  " + mojibake;

        var problem = ArticleParser.ParseDetailed("page", text, TestContext.Current.CancellationToken).Problems
            .ShouldHaveSingleItem();

        problem.Kind.ShouldBe(ParseProblemKind.MisdecodedText);
        (problem.Line, problem.Column).ShouldBe((3, 2 + mojibake.IndexOf('\u00E1')));
    }

    [Fact]
    public void No_break_spaces_after_accented_letters_are_no_misdecoded_text()
    {
        // 'á' and 'â' are also how UTF-8's three-byte leads look when misread, and a no-break space how a continuation
        // byte (A0) does; pages print 'giá\u00A0vàng' often, and one such page had been reported as not UTF-8.
        var text = "Giá\u00A0vàng tăng\nGiá\u00A0vàng hôm nay tăng mạnh. Giá\u00A0bán lẻ tăng theo, người dân lo lắng vì giá\u00A0cả leo thang.";

        ArticleParser.ParseDetailed("page", text, TestContext.Current.CancellationToken).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Misread_three_byte_letters_are_still_misdecoded_text()
    {
        // 'mạnh ở rất' read as Windows-1252: each letter a three-byte lead and its two continuation bytes.
        const string mojibake = "Tin m\u00E1\u00BA\u00A1nh \u00E1\u00BB\u0178 r\u00E1\u00BA\u00A5t";

        ArticleParser.ParseDetailed("page", "Tiêu đề\n" + mojibake, TestContext.Current.CancellationToken).Problems
            .ShouldHaveSingleItem().Kind.ShouldBe(ParseProblemKind.MisdecodedText);
    }

    [Fact]
    public void Title_without_letters_or_digits_is_a_problem()
    {
        var result = ArticleParser.ParseDetailed("page", "***\nĐoạn.", TestContext.Current.CancellationToken);

        result.Problems.ShouldHaveSingleItem().ShouldBe(new ParseProblem(ParseProblemKind.NoTitle, 0, 0, 3, "***"));
        result.Article.Title.ShouldBe("***");
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => ArticleParser.ParseDetailed("page", "T\nĐoạn.", cancelled.Token));
    }
}
