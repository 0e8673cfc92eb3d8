using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;

namespace Corpus.Benchmarks;

/// <summary>
/// The parser against an earlier build of itself, in the same run: the baseline is a Corpus.dll built from another
/// commit, named by the CORPUS_BASELINE environment variable and loaded into its own context (README says how).
/// Both parse the same 10,000 synthetic articles; the ratio is the cost of what the parser learned since.
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
        _corpus = SyntheticCorpus.Create(Articles);
        var path = Environment.GetEnvironmentVariable("CORPUS_BASELINE")
            ?? throw new InvalidOperationException("Set CORPUS_BASELINE to the path of a Corpus.dll built from the baseline commit.");
        _baseline = ParagraphCounter(new AssemblyLoadContext("baseline").LoadFromAssemblyPath(Path.GetFullPath(path)));
        Console.WriteLine($"// {_corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1_048_576.0:F1} MiB, baseline {path}");
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
