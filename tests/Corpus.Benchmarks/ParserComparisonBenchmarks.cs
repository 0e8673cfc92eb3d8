using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;

namespace Corpus.Benchmarks;

/// <summary>
/// The parser against an earlier build of itself, in the same run: the baseline is a Corpus.dll built from another
/// commit, named by the CORPUS_BASELINE environment variable and loaded into its own context (README says how).
/// Both parse the same 10,000 synthetic articles (or, when CORPUS_PAGES names folders of pages, separated by the
/// path separator, those pages taken in turn until there are as many): the ratio is the cost of what the parser
/// learned since.
/// </summary>
[MemoryDiagnoser]
public class ParserComparisonBenchmarks
{
    private IReadOnlyList<(string Name, string Text)> _corpus = null!;
    private Func<string, string, int> _baseline = null!;

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Environment.GetEnvironmentVariable("CORPUS_PAGES") is { Length: > 0 } folders ? PagesFrom(folders, Articles) : SyntheticCorpus.Create(Articles);
        var path = Environment.GetEnvironmentVariable("CORPUS_BASELINE")
            ?? throw new InvalidOperationException("Set CORPUS_BASELINE to the path of a Corpus.dll built from the baseline commit.");
        _baseline = ParagraphCounter(new AssemblyLoadContext("baseline").LoadFromAssemblyPath(Path.GetFullPath(path)));
        Console.WriteLine($"// {_corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1_048_576.0:F1} MiB, baseline {path}");
    }

    /// <summary>The pages of <paramref name="folders"/> (.txt), taken in turn until there are <paramref name="count"/>.</summary>
    private static IReadOnlyList<(string Name, string Text)> PagesFrom(string folders, int count)
    {
        var pages = folders.Split(Path.PathSeparator).SelectMany(folder => Directory.GetFiles(folder, "*.txt"))
            .OrderBy(path => path, StringComparer.Ordinal).Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path))).ToArray();
        if (pages.Length == 0) throw new InvalidOperationException($"No .txt pages in {folders}.");
        return Enumerable.Range(0, count).Select(i => pages[i % pages.Length]).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Parse only, baseline build")]
    public int Baseline()
    {
        var paragraphs = 0;
        foreach (var (name, text) in _corpus) paragraphs += _baseline(name, text);
        return paragraphs;
    }

    [Benchmark(Description = "Parse only, this build")]
    public int Current()
    {
        var paragraphs = 0;
        foreach (var (name, text) in _corpus) paragraphs += ArticleParser.Parse(name, text).Paragraphs.Count;
        return paragraphs;
    }

    /// <summary>
    /// The same comparison, the two builds taking turns: a parse of the corpus by the baseline, then one by this build,
    /// <paramref name="rounds"/> times after one round to warm up. On a machine whose speed changes from minute to minute,
    /// each pair ran at one speed, so the median of the pairs' ratios holds where BenchmarkDotNet's two runs, minutes
    /// apart, may not. Prints each pair and the median ratio.
    /// </summary>
    public static int RunInterleaved(int articles, int rounds)
    {
        var path = Environment.GetEnvironmentVariable("CORPUS_BASELINE");
        if (path is null)
        {
            Console.Error.WriteLine("Set CORPUS_BASELINE to the path of a Corpus.dll built from the baseline commit.");
            return 1;
        }

        var benchmark = new ParserComparisonBenchmarks { Articles = articles };
        benchmark.Setup();
        var ratios = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var baseline = Time(() => benchmark.Baseline());
            var current = Time(() => benchmark.Current());
            if (round == 0) continue;
            ratios.Add(current / baseline);
            Console.WriteLine($"round {round}: baseline {baseline:F0} ms, this build {current:F0} ms, {current / baseline:F2}×");
        }

        ratios.Sort();
        Console.WriteLine($"median ratio {ratios[ratios.Count / 2]:F2}× over {rounds} rounds");
        return 0;
    }

    private static double Time(Func<int> parse)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        parse();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary><c>(id, text) => ArticleParser.Parse(id, text).Paragraphs.Count</c> over the baseline's own types, compiled once.</summary>
    private static Func<string, string, int> ParagraphCounter(Assembly assembly)
    {
        var parse = assembly.GetType("Corpus.ArticleParser", throwOnError: true)!.GetMethod("Parse", [typeof(string), typeof(string)])!;
        var id = Expression.Parameter(typeof(string));
        var text = Expression.Parameter(typeof(string));
        var paragraphs = Expression.Property(Expression.Call(parse, id, text), "Paragraphs");
        return Expression.Lambda<Func<string, string, int>>(Expression.Property(paragraphs, "Count"), id, text).Compile();
    }
}
