using System.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// Deterministic synthetic articles made from the seeds' own paragraphs, titles, captions and related lists: a title,
/// a dateline, 6–14 paragraphs with an image, a byline and a recommendation list, about 5 KB of UTF-8 each.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly Lazy<Article[]> SeedArticles = new(() => Directory.GetFiles(Repository.Seeds, "*.txt")
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(ArticleParser.ParseFile)
        .ToArray());

    public static IReadOnlyList<(string Name, string Text)> Create(int count, int seed = 7)
    {
        var seeds = SeedArticles.Value;
        var paragraphs = seeds.SelectMany(article => article.Paragraphs).Where(p => p.Length > 80).ToArray();
        var related = seeds.SelectMany(article => article.Related).Where(r => r.Published is not null).ToArray();
        var random = new Random(seed);
        var articles = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var source = seeds[random.Next(seeds.Length)];
            var text = new StringBuilder();
            text.Append(source.Title).Append(" (số ").Append(i).Append(")\n\n");
            text.Append("(TTXVN)| ").Append(random.Next(1, 28)).Append('/').Append(random.Next(1, 13)).Append("/2024 ")
                .Append(random.Next(0, 24).ToString("D2")).Append(':').Append(random.Next(0, 60).ToString("D2")).Append("\n\n");
            var count2 = random.Next(6, 15);
            for (var p = 0; p < count2; p++)
            {
                text.Append(paragraphs[random.Next(paragraphs.Length)]).Append("\n\n");
                if (p == 1) text.Append("Chú thích ảnh\n").Append(paragraphs[random.Next(paragraphs.Length)].Split('.')[0]).Append(". Ảnh: TTXVN\n\n");
            }

            text.Append("Nguyễn Hằng (TTXVN)\n\nTin liên quan\n\n");
            for (var r = 0; r < 5; r++)
            {
                var item = related[random.Next(related.Length)];
                text.Append(item.Title).Append(item.Title).Append('\n').Append(item.Published!.Value.ToString("HH:mm:ss dd/MM/yyyy")).Append('\n');
            }

            articles.Add(($"a{i:D5}", text.ToString()));
        }

        return articles;
    }

    public static void Write(IEnumerable<(string Name, string Text)> articles, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, text) in articles) File.WriteAllText(Path.Combine(directory, name + ".txt"), text, new UTF8Encoding(false));
    }
}

/// <summary>Paths inside this repository.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"No Corpus.sln above {AppContext.BaseDirectory}.");
    }
}
