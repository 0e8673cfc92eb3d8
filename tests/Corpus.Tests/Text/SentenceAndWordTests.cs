namespace Corpus.Tests.Text;

/// <summary>The Vietnamese-aware sentence and word splitters behind Article.Sentences, Article.Words and the parser.</summary>
public sealed class SentenceAndWordTests
{
    [Theory]
    [InlineData("Ông A đến TP.HCM hôm qua. Bà B ở lại.", new[] { "Ông A đến TP.HCM hôm qua.", "Bà B ở lại." })]
    [InlineData("Gặp ThS. Nguyễn Văn A và PGS. Trần B tại TP. Hà Nội. Sau đó về.", new[] { "Gặp ThS. Nguyễn Văn A và PGS. Trần B tại TP. Hà Nội.", "Sau đó về." })]
    [InlineData("Theo PGS.TS. Trần Văn B và ThS.BS. Lê C, bệnh đã giảm. Sau đó về.", new[] { "Theo PGS.TS. Trần Văn B và ThS.BS. Lê C, bệnh đã giảm.", "Sau đó về." })]
    [InlineData("Em V. cũng đã ổn. Anh N.Anh và Ng.Minh đến.", new[] { "Em V. cũng đã ổn.", "Anh N.Anh và Ng.Minh đến." })]
    [InlineData("Giá tăng 4,5% lên 5.000 đồng ngày 15.7.2017. Giá giảm.", new[] { "Giá tăng 4,5% lên 5.000 đồng ngày 15.7.2017.", "Giá giảm." })]
    [InlineData("Ông nói: \"Tôi đồng ý.\" Bà gật đầu. Họ hỏi: \"Vậy sao?\", rồi đi.", new[] { "Ông nói: \"Tôi đồng ý.\"", "Bà gật đầu.", "Họ hỏi: \"Vậy sao?\", rồi đi." })]
    [InlineData("Kết quả (xem bảng). 20 người đến. Tới... 13 lần. Đi... Về.", new[] { "Kết quả (xem bảng).", "20 người đến.", "Tới... 13 lần.", "Đi...", "Về." })]
    [InlineData("Trời nóng tới 39 độ C. Bình nóng lạnh nên tắt. Nước sôi ở 212 độ F. Em V. Hà đến.", new[] { "Trời nóng tới 39 độ C.", "Bình nóng lạnh nên tắt.", "Nước sôi ở 212 độ F.", "Em V. Hà đến." })]
    [InlineData("Đội hình CLB Barcelona B. Có chi tiết cần nói.", new[] { "Đội hình CLB Barcelona B.", "Có chi tiết cần nói." })]
    [InlineData("Thật sao?! Đúng vậy… Thôi được!", new[] { "Thật sao?!", "Đúng vậy…", "Thôi được!" })]
    [InlineData("Hết bài. >> Bài A TẠI ĐÂY >> Bài B TẠI ĐÂY", new[] { "Hết bài.", ">> Bài A TẠI ĐÂY", ">> Bài B TẠI ĐÂY" })]
    [InlineData("Giá tăng => lạm phát tăng. Xong.", new[] { "Giá tăng => lạm phát tăng.", "Xong." })]
    public void Sentences_end_where_vietnamese_sentences_end(string text, string[] sentences) =>
        Sentences.Split(text).ShouldBe(sentences);

    [Theory]
    [InlineData("Giá nhà tăng theo tiến độ Với số tiền dành dụm, anh Linh mua một căn hộ.", new[] { "Giá nhà tăng theo tiến độ", "Với số tiền dành dụm, anh Linh mua một căn hộ." })]
    [InlineData("(*) Để kích hoạt gói cước, khách hàng nhắn tin theo hướng dẫn.", new[] { "(*) Để kích hoạt gói cước, khách hàng nhắn tin theo hướng dẫn." })]
    [InlineData("Sáng qua, ông Hoàng Minh đến công trường. Đoàn thị sát trụ cầu giữa sông Ông Minh yêu cầu làm thêm ca đêm.", new[] { "Sáng qua, ông Hoàng Minh đến công trường.", "Đoàn thị sát trụ cầu giữa sông", "Ông Minh yêu cầu làm thêm ca đêm." })]
    [InlineData("Đội tuyển tập luyện ở sân Việt Nam Tuy nhiên, thời tiết không thuận lợi.", new[] { "Đội tuyển tập luyện ở sân Việt Nam", "Tuy nhiên, thời tiết không thuận lợi." })]
    [InlineData("Mẫu xe được nhiều người mong chờ Nhằm mở rộng thị trường, hãng đã xuất khẩu lô đầu tiên.", new[] { "Mẫu xe được nhiều người mong chờ", "Nhằm mở rộng thị trường, hãng đã xuất khẩu lô đầu tiên." })]
    public void A_sentence_glued_on_without_a_full_stop_is_a_sentence_of_its_own(string text, string[] sentences) =>
        Sentences.Split(text).ShouldBe(sentences);

    [Theory]
    [InlineData("Nhiều gia đình sống ở phố Bà Triệu từ lâu.")]
    [InlineData("Bãi bồi dưới chân cầu Vĩnh Tuy có diện tích rộng, thoáng mát.")]
    [InlineData("Nhóm nhạc (tên gọi Trong mơ) của anh ra mắt khán giả.")]
    [InlineData("Bài hát “Mùa xuân Về quê” được nhiều người yêu thích.")]
    public void A_place_named_after_someone_and_words_in_brackets_or_quotes_stay_in_their_sentence(string text) =>
        Sentences.Split(text).ShouldBe([text]);

    [Theory]
    [InlineData("1. Điều kiện dự tuyển", true)]
    [InlineData("12) Hồ sơ", true)]
    [InlineData("b) Thí sinh đã tốt nghiệp;", true)]
    [InlineData("đ) Trường hợp khác", true)]
    [InlineData("iv) Mục cuối", true)]
    [InlineData("bộ) cho thấy giá tăng", false)]
    [InlineData("a. Thí sinh", false)]
    [InlineData("2023 là năm bản lề", false)]
    public void A_list_item_opens_with_a_number_or_one_letter_or_a_roman_numeral(string line, bool opensItem) =>
        Corpus.Parsing.Text.SentenceOpenings.OpensWithListMarker(line).ShouldBe(opensItem);

    [Fact]
    public void Words_are_syllables_numbers_and_punctuation()
    {
        var article = ArticleParser.Parse("a", "Tiêu đề\nÔng Kang Kyung-wha đến TP.HCM ngày 30/4, lúc 09:30; giá 5.000 đồng (tăng 4,5%).\n");

        article.Sentences.ShouldBe(["Ông Kang Kyung-wha đến TP.HCM ngày 30/4, lúc 09:30; giá 5.000 đồng (tăng 4,5%)."]);
        article.Words.ShouldBe(["Ông", "Kang", "Kyung-wha", "đến", "TP.HCM", "ngày", "30/4", ",", "lúc", "09:30", ";", "giá", "5.000", "đồng", "(", "tăng", "4,5", "%", ")", "."]);
    }
}
