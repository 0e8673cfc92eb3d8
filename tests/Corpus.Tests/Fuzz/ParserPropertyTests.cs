using System.Text;
using CsCheck;

namespace Corpus.Tests.Fuzz;

/// <summary>Properties of the parser over hostile, page-shaped text. Fast, so CI runs thousands of cases.</summary>
public sealed class ParserPropertyTests
{
    [Fact]
    public void Parsing_never_throws_keeps_raw_and_loses_no_text() =>
        FuzzPages.Page.Sample(page =>
        {
            var result = ArticleParser.ParseDetailed("fuzz", page, TestContext.Current.CancellationToken);

            result.Article.Raw.ShouldBe(page);
            ArticleParser.ParseDetailed("fuzz", page, TestContext.Current.CancellationToken).ShouldBe(result);
            TextAccounting.Unaccounted(page, result).ShouldBeEmpty();
        }, iter: FuzzPages.Iterations(3000));

    /// <summary>Found by the property above (seed bviwds0Dfnr2): the accounting took the title printed twice ('e') out of a widget's words first.</summary>
    [Fact]
    public void A_short_dropped_piece_does_not_break_a_longer_one_apart()
    {
        const string page = "e\ne\nĐoạn văn mở đầu.\nVideo đang HOT\n";

        var result = ArticleParser.ParseDetailed("fuzz", page, TestContext.Current.CancellationToken);

        result.Article.Text.ShouldBe("Đoạn văn mở đầu.");
        TextAccounting.Unaccounted(page, result).ShouldBeEmpty();
    }

    /// <summary>Found by the property above (seed 2YDkxWQZpDd4): a problem on lines the reader joined carries the first one's number.</summary>
    [Fact]
    public void A_problem_on_joined_lines_accounts_for_all_of_them()
    {
        const string page = "Tiêu đề\nĐoạn văn mở đầu.\nCâu chuyện được kể\nlại. 01/01/0001 00:00\n";

        var result = ArticleParser.ParseDetailed("fuzz", page, TestContext.Current.CancellationToken);

        result.Problems.ShouldContain(problem => problem.Kind == ParseProblemKind.UnreadableDate);
        TextAccounting.Unaccounted(page, result).ShouldBeEmpty();
    }

    /// <summary>Found by the property above (seed 0-EL8_U_kgC1): the accounting, not the parser, was wrong.</summary>
    [Fact]
    public void A_title_that_is_a_digit_of_the_dateline_does_not_count_as_lost_text()
    {
        const string page = "5\n5\n(Vietnam+)| 05/04/2023 15:10\nĐoạn văn.\n";

        var result = ArticleParser.ParseDetailed("fuzz", page, TestContext.Current.CancellationToken);

        result.Article.Published.ShouldBe(new DateTimeOffset(2023, 4, 5, 15, 10, 0, TimeSpan.FromHours(7)));
        TextAccounting.Unaccounted(page, result).ShouldBeEmpty();
    }

    /// <summary>
    /// Found by the property above (seed 7F92osF3D1M1): lines a scraper broke are read as one only after the rules for
    /// whole lines have seen each printed line, so the joined text is story text even when it reads as a line printed
    /// twice; no word is lost at the seam.
    /// </summary>
    [Fact]
    public void Broken_lines_that_read_as_a_line_printed_twice_stay_story_text()
    {
        const string page = "Tiêu đề\nBản tin chiều nay có -\nnhiều tin mới về giá vàngBản tin chiều nay có -\nnhiều tin mới về giá vàng\n";

        var result = ArticleParser.ParseDetailed("fuzz", page, TestContext.Current.CancellationToken);

        result.Article.Paragraphs.ShouldBe(["Bản tin chiều nay có - nhiều tin mới về giá vàngBản tin chiều nay có - nhiều tin mới về giá vàng"]);
        TextAccounting.Unaccounted(page, result).ShouldBeEmpty();
    }

    /// <summary>
    /// Found by the property above (seed 2mGkfN8UqSM2): a second heading before the story's first paragraph took the
    /// first one's place, and its words were lost; each heads a section now, and the lead is still the first paragraph.
    /// </summary>
    [Fact]
    public void Two_headings_opening_the_story_both_keep_their_words()
    {
        const string page = "Giá vật tư tăng\nẢnh: TTXVN \"Bão giá\" vật tư y tế, kéo dài Theo lãnh đạo bệnh viện Tương tự như năm trước, giá vật tư y tế tăng mạnh.\n";

        var result = ArticleParser.ParseDetailed("fuzz", page, TestContext.Current.CancellationToken);

        result.Article.Sections.Select(section => section.Heading).ShouldBe(["\"Bão giá\" vật tư y tế, kéo dài", "Theo lãnh đạo bệnh viện"]);
        result.Article.Lead.ShouldBe("Tương tự như năm trước, giá vật tư y tế tăng mạnh.");
        TextAccounting.Unaccounted(page, result).ShouldBeEmpty();
    }

    /// <summary>Found by the property above (seed 7fmUMuv5GDh2): a teaser closing the story kept no field for its outlet.</summary>
    [Fact]
    public void A_closing_teaser_keeps_its_outlet_with_its_lead()
    {
        const string page = "Tiêu đề\nĐoạn dẫn.\nCâu chuyện chính. Thí sinh thi xong được về sớm (HNM) - Theo hướng dẫn mới, thí sinh được về sớm.\n";

        var result = ArticleParser.ParseDetailed("fuzz", page, TestContext.Current.CancellationToken);

        result.Article.Related.ShouldHaveSingleItem().Summary.ShouldBe("(HNM) - Theo hướng dẫn mới, thí sinh được về sớm.");
        TextAccounting.Unaccounted(page, result).ShouldBeEmpty();
    }

    /// <summary>
    /// Found by the property above (seeds cDPIS3X-ZGM4 and 3r2IfJ0LEe-4): the accounting, not the parser, was wrong: a
    /// dropped piece on lines the reader joined (an advertiser's contact line running on over the next printed line)
    /// holds text of the next line, the whole line or its start.
    /// </summary>
    [Theory]
    [InlineData("Tiêu đề\nĐoạn văn mở đầu. >> Hotline: 1900 1234 - Website: x.vn\n)@zzs\nĐoạn văn cuối.\n", ")@zzs")]
    [InlineData("Tiêu đề\nMở đầu bài viết. Hotline: 1900 1234 - Website: x.vnC\n:ớqẻỳãứưộroẫỏcvởĩ. Ảnh: Thu Hằng (TTXVN) Câu sau.\n\nCuối bài.\n", "x.vnC:ớqẻỳãứưộroẫỏcvởĩ.")]
    public void Text_of_a_line_joined_onto_dropped_chrome_is_accounted_for(string page, string inChrome)
    {
        var result = ArticleParser.ParseDetailed("fuzz", page, TestContext.Current.CancellationToken);

        ArticleParser.Explain(page).ShouldContain(piece => piece.Kind == PieceKind.Chrome && piece.Text.Contains(inChrome));
        TextAccounting.Unaccounted(page, result).ShouldBeEmpty();
    }

    [Fact]
    public void Typed_fields_are_clean_single_line_nfc_text() =>
        FuzzPages.Page.Sample(page =>
        {
            var article = ArticleParser.Parse("fuzz", page);
            var fields = article.Paragraphs.Append(article.Title)
                .Concat(article.Sections.Select(s => s.Heading ?? ""))
                .Concat(article.Images.SelectMany(i => new[] { i.Label ?? "", i.Caption ?? "", i.Credit ?? "" }))
                .Concat(article.Related.SelectMany(r => new[] { r.Title, r.Summary ?? "", r.Category ?? "" }))
                .Concat(article.Links);

            foreach (var field in fields)
            {
                field.ShouldBe(field.Trim());
                field.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
                field.ShouldNotContain("  ");
                field.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u00A0' or '\uFEFF').ShouldBeFalse(field);
            }
        }, iter: FuzzPages.Iterations(2000));
}
