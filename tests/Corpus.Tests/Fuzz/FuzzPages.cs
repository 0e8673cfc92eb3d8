using CsCheck;

namespace Corpus.Tests.Fuzz;

/// <summary>
/// Generates page-shaped hostile text: lines built from arbitrary Unicode, characters that break code or comments,
/// and the site conventions' own shapes (labels, credits, datelines, list headings, doubled headlines), joined by
/// every kind of line break.
/// </summary>
internal static class FuzzPages
{
    private static readonly string[] Hostile =
    [
        "\"", "\\", "{", "}", "{{", "\"\"\"", "*/", "/*", "//", "</summary>", "<c>", "&amp;", "&nbsp", "&nbsp;", "&quot;", "&#8220;", "&#769;", "&#1;", "&#xFFFF;", "&#x10FFFF;", "&#xD800;", "]]>", "#", "#if X", "#endregion",
        "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\u2028", "\u2029", "\u202E", "\u202D", "\u2066", "\u2069", "\u200E", "\u200F",
        "\u200B", "\uFEFF", "\u0301", "\u0323\u0309", "\u00A0", "\u3000", "\t", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "😀", "𝔘",
        "$\"", "@\"", "'", "`", "\\u0041", "\\\"", "\"+\"", "u8", "\r", "\n",
    ];

    private static readonly string[] Conventions =
    [
        "Video đang HOT", "Chia sẻ:", "Copy Link", "Tin liên quan", "Tiêu điểm", "Tin mới nhất", "Có thể bạn quan tâm",
        "Bạn thấy bài viết này có hữu ích không?", "Có;", "Không", "Chú thích ảnh", " - Hình 1", " hinh anh 2", "Ảnh: TTXVN",
        "Ảnh tư liệu: Getty/TTXVN", "(Nguồn: Yonhap)", "(trái)", "(phải)", "[Tin liên quan khác]", "(Vietnam+)| 05/04/2023 15:10",
        "(TTXVN)| 31/02/2024 10:00", "14:55:40 16/05/2025", "25:61:00 01/01/2025", " 12.06.2023 | 17:24 PM", "Theo www.example.vn",
        "Theo Reuters", "https://www.example.vn/bai/1.html", "Nguyễn Hằng (TTXVN)", "(VOV)", "./.", "- ", "• ", "-",
        "Ngày đăng: 12/06/2023", "01/01/0001 00:00", "# date = 01/01/0001 00:00", "Minh Anh | 10:30 12/06/2023", "PV (Tổng hợp)",
        "Trong ảnh: ", ". Video: Reuters", ". Ảnh minh họa", "Bảng xếp hạng vòng 5.", "XEM VIDEO: ",
        "\" - ông A nói.", " \"", "“", "”.", "a) ", "1. ", "Chai nhựa làm bằng gì?", "Vì sao ông lại đi?",
        "chiếc xe \n Porsche 911\n thế hệ", "của dòng\n xe Mercedes\n Marco Polo", "2. Ferrari F12", "Minh Anh - TNTBros", "(giữa đêm)", "\u0662. Ferrari",
        "Nguồn: https://example.vn/a", " | Báo Tin Tức", " - host.vn", "Ảnh 1: ", "► ", "Đọc thêm >> ", "[VIDEO] ", "Lượt xem: 1.234",
        "Minh Minh Nguồn ảnh: a.vn, b.vn", "Ngày 16 tháng 13 năm 2023", "Đội B: Bảo Long", "(Xem tiếp trang 5)", "Theo Reuters.", "Lê Hiếu - Ảnh: Phạm Tuấn", "Bài: Lan Anh - Ảnh, video: Minh Đức",
        "Hà Nội - ", "CẦN THƠ – Sáng", "Ngọc Anh (Nguồn: BBC)", "Minh Châu (Lược dịch theo AP)",
        ". Ảnh do gia đình cung cấp", "(ảnh: Minh Hải)", "Thực hiện: Nhóm PV Thời sự", ". Nguồn: Dân Việt", "Bài viết cùng chủ đề", "Minh Anh (TP.HCM)", "Còn tiếp", "Kỳ 2: ", "(*) Tên nhân vật đã được thay đổi", "Theo Kinh tế Sài Gòn 14/03/2024", "| 14/03/2024 08:15",
        "Armstrong thắng chặng cuối Lance Armstrong từng ", " Hai bị can Lê Văn A và Trần B.", "Trân Trọng", "Xe Kia (Tổng hợp)", "Minh Anh - Dân trí - 12/06/2023 10:30",
        "Hiện, nước ngập sâu khiến nhiều phương tiện chết máy giữa đường. ", "Nước ngập sâu khiến nhiều phương tiện chết máy giữa đường Ngành điện",
        "Vận động viên Mai Linh từng \"suy sụp\" Khi mới", "\"Bão giá\" vật tư y tế, kéo dài Theo lãnh đạo", ". [Giá dầu thế giới xuống thấp nhất] ", "Ảnh minh họa. (Nguồn: TTXVN)", "trên sân Hàng Đẫy Điều này giúp", "theo Điều lệ công ty", ". Ảnh: Hải Đường Trưa 12/6, Công an", "Công Danh (tổng hợp theo báo NĐT, VnExpress)", ". Ảnh: Minh Đức - TTXVN Sáng 12/5, ", " sang Thái Lan", "./. Xem thêm:", " của UBND TP Hồ Chí Minh", "vai diễn trong phim Về nhà đi con phát sóng", ". Ảnh: Gia đình cung cấp Theo", " Sở KH-CN TP Cần Thơ", "Hoài Thu (18/9/2023)", "Theo Báo Nông Thôn | 09:30 12/05/2023", "Nguồn: Thời báo Tài chính Việt Nam", "Bệnh viện \"kêu cứu\"", "Tin liên quan: Giá vàng tăng Giá xăng giảm", " Video: Cháy lớn tại khu dân cư Theo", "Xem chi tiết TẠI ĐÂY", " cao Tương tự như", ". Ảnh: Tuấn Minh - Hồng Đức Theo", ". Ảnh: Thu Hằng (TTXVN) ", "Từ khóa: giá vàng, thị trường Theo", " này NT Nguyễn Thuận - ", "Hà Nội, ngày 25/5/2023", "Điện thoại: 0235 3812 345", "Hotline: 1900 1234 - Website: x.vn", " cho biết \"chúng tôi rất lo lắng\" Trong khi đó", "Cảnh sát đã phong tỏa khu vực.", " về sớm (HNM) - Theo hướng dẫn mới, ", "Không những vậy, ", " Bình Dương Ông Thăng cho hay", " xã Bà Điểm cho biết", " người dân ở Bà Rịa cho biết", ". TP Hồ Chí Minh (TTXVN) - Sáng cùng ngày, ", " gồm: - Vứt rác; đổ nước thải. Ảnh chụp màn hình.",
        ". Toyota Hilux 2021. Xe ", ". Ông Nguyễn Văn Tùng. ", "1. Honda City. 2. ", " Điều 13. ", ". >> Giá xăng tăng mạnh Nhiều hãng", ". - Clip Cháy lớn. Play Hoàng Nam",
        ". Trong ảnh, du khách ", "Trong ảnh là ",
    ];

    private static readonly Gen<string> Vietnamese = Gen.String[Gen.Char["aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯ .,:;!?-"], 0, 40];

    private static readonly Gen<string> AnyText = Gen.String[Gen.Char, 0, 12];

    private static readonly Gen<string> Atom = Gen.Frequency(
        (5, Vietnamese),
        (2, AnyText),
        (3, Gen.Int[0, Hostile.Length - 1].Select(i => Hostile[i])),
        (3, Gen.Int[0, Conventions.Length - 1].Select(i => Conventions[i])));

    private static readonly Gen<string> Line = Atom.Array[0, 5].Select(string.Concat);

    private static readonly Gen<string> LineBreak = Gen.Frequency(
        (6, Gen.Const("\n")), (2, Gen.Const("\r\n")), (1, Gen.Const("\r")), (1, Gen.Const("\n\n")), (1, Gen.Const("\u2028")));

    /// <summary>A page of up to 25 lines; a line is sometimes printed twice, glued or on the next line, as scrapers do.</summary>
    public static Gen<string> Page { get; } = Gen.Select(Line, Gen.Int[0, 3]).Array[0, 25].Select(Gen.Int[0, 1000], (lines, breakSeed) =>
    {
        var random = new Random(breakSeed);
        var builder = new System.Text.StringBuilder();
        foreach (var (line, repeat) in lines)
        {
            var text = repeat switch { 1 => line + line, 2 => line + "\n" + line, _ => line };
            builder.Append(text).Append(random.Next(10) switch { 0 => "\r\n", 1 => "\r", 2 => "\n\n", 3 => "\u2028", _ => "\n" });
        }

        return builder.ToString();
    });

    /// <summary>CI runs this many cases; CORPUS_FUZZ_SCALE multiplies it for a long local run.</summary>
    public static int Iterations(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("CORPUS_FUZZ_SCALE"), out var scale) && scale > 0 ? ciDefault * scale : ciDefault;
}
