using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Corpus.Cli;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// First access to one compiled article (a fresh load context per iteration, so the corpus type starts cold) against
/// the two things a user would do instead: deserialize the exported corpus with System.Text.Json source generation,
/// or read and parse that article's file. Enumerating every article is measured against the same deserialization.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private string _directory = null!;
    private string _assemblyPath = null!;
    private string[] _jsonLines = null!;
    private string _articleFile = null!;
    private string _id = null!;
    private MethodInfo _get = null!;
    private PropertyInfo _all = null!;

    /// <summary>The most articles the present string-literal representation compiles (the string heap holds about 3.5 M characters of pages).</summary>
    [Params(500)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SyntheticCorpus.Create(Articles);
        _directory = Directory.CreateTempSubdirectory("corpus-runtime-").FullName;
        SyntheticCorpus.Write(corpus, _directory);
        _id = corpus[Articles / 2].Name;
        _articleFile = Path.Combine(_directory, _id + ".txt");

        var run = new GeneratorRun(corpus);
        run.Driver().RunGeneratorsAndUpdateCompilation(run.Compilation, out var output, out var diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", diagnostics));
        _assemblyPath = Path.Combine(_directory, "Synthetic.dll");
        var emitted = output.Emit(_assemblyPath);
        if (!emitted.Success) throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics.Take(5)));

        var export = ArticleJson.Render(corpus.Select(a => ArticleParser.Parse(a.Name, a.Text)), JsonFormat.Lines);
        _jsonLines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [IterationSetup(Targets = [nameof(FirstAccess), nameof(EnumerateAll), nameof(FirstAccessOfAnUntouchedArticle)])]
    public void FreshCorpus()
    {
        var context = new AssemblyLoadContext($"corpus-{Guid.NewGuid():N}", isCollectible: true);
        var type = context.LoadFromAssemblyPath(_assemblyPath).GetType("Synthetic.Articles", throwOnError: true)!;
        _get = type.GetMethod("Get")!;
        _all = type.GetProperty("All")!;
    }

    [Benchmark(Description = "Compiled: first access to one article (cold corpus)")]
    public string FirstAccess() => ((Article)_get.Invoke(null, [_id])!).Title;

    private MethodInfo _warmGet = null!;
    private int _untouched;

    [GlobalSetup(Target = nameof(FirstAccessOfAnUntouchedArticle))]
    public void WarmCorpus()
    {
        Setup();
        var type = new AssemblyLoadContext("corpus-warm", isCollectible: true).LoadFromAssemblyPath(_assemblyPath).GetType("Synthetic.Articles", throwOnError: true)!;
        _warmGet = type.GetMethod("Get")!;
        _warmGet.Invoke(null, ["a00000"]);
    }

    /// <summary>The corpus is in use already; each call touches an article nobody has touched yet.</summary>
    [Benchmark(Description = "Compiled: first access to an untouched article (corpus in use)")]
    public string FirstAccessOfAnUntouchedArticle() =>
        ((Article)_warmGet.Invoke(null, [$"a{1 + (_untouched++ % (Articles - 1)):D5}"])!).Title;

    [Benchmark(Description = "Compiled: enumerate all")]
    public int EnumerateAll() => ((IReadOnlyList<Article>)_all.GetValue(null)!).Sum(article => article.Paragraphs.Count);

    [Benchmark(Baseline = true, Description = "JSON (STJ source gen): deserialize corpus")]
    public int DeserializeJson()
    {
        var context = ArticleJsonContext.Default;
        var paragraphs = 0;
        foreach (var line in _jsonLines) paragraphs += JsonSerializer.Deserialize(line, context.ArticleJson)!.Sections.Count;
        return paragraphs;
    }

    [Benchmark(Description = "Read and parse the article's file")]
    public string ReadAndParse() => ArticleParser.Parse(_id, File.ReadAllText(_articleFile)).Title;
}
