using System.Text;
using Corpus.Packing;

namespace Corpus.Benchmarks;

/// <summary>
/// How large a pack is against the pages it holds, for the synthetic 5 KB pages and for short pages (a headline and one
/// short paragraph, about 200 bytes), where the fixed part of each article shows most.
/// </summary>
internal static class PackSize
{
    private const int Articles = 10_000;

    public static int Run()
    {
        Report("synthetic pages (about 5 KB)", SyntheticCorpus.Create(Articles));
        Report("short pages (about 200 bytes)", Enumerable.Range(0, Articles)
            .Select(i => ($"t{i:D5}", $"Mưa lớn ở miền Trung, số {i}\n\nHà Nội – Mưa lớn kéo dài khiến nhiều tuyến đường ngập sâu, giao thông ùn tắc trong giờ cao điểm sáng nay.\n"))
            .ToList());
        return 0;
    }

    private static void Report(string what, IReadOnlyList<(string Name, string Text)> pages)
    {
        var text = pages.Sum(page => (long)Encoding.UTF8.GetByteCount(page.Text));
        var pack = PackWriter.Pack(pages.Select(page => ArticleParser.Parse(page.Name, page.Text))).LongLength;
        Console.WriteLine($"{what}: {Articles} articles, pages {text:N0} bytes, pack {pack:N0} bytes ({(double)pack / text:F2}x, {(pack - text) / (double)Articles:F0} bytes per article beyond the text)");
    }
}
