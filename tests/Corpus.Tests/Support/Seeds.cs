namespace Corpus.Tests.Support;

/// <summary>The seed files, as copied next to the test binaries.</summary>
internal static class Seeds
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IReadOnlyList<string> Files { get; } =
        System.IO.Directory.GetFiles(Directory, "*.txt").OrderBy(path => path, StringComparer.Ordinal).ToList();

    public static string Text(string id) => File.ReadAllText(Path.Combine(Directory, id + ".txt"));

    public static Article Parse(string id) => ArticleParser.Parse(id, Text(id));

    public const string Aggregated = "000_cb5b2e6469ad109e";
    public const string AggregatedWithFollow = "001_f7c01001ed489c93";
    public const string VietnamPlus = "002_27aa4dd25fd297e8";
    public const string BaoTinTuc = "003_da9e1cc0bf8c5c72";
    public const string Ttxvn = "004_e56ef27ba0c607c2";
}
