using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Corpus.Cli;
using Corpus.Packing;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// A packed corpus of 10,000 synthetic articles compiled into an assembly the way a build does it (generator catalog
/// plus the embedded pack), against what a user would do instead: deserialize the exported corpus with
/// System.Text.Json source generation, or read and parse one article's file. Every iteration loads the assembly
/// into a fresh load context, so "first access" is really first: nothing of the corpus is cached.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private const int Batch = 1000;
    private string _directory = null!;
    private string _assemblyPath = null!;
    private string[] _jsonLines = null!;
    private string _articleFile = null!;
    private string _id = null!;
    private string[] _untouched = null!;
    private Func<string, Article> _get = null!;
    private Func<IReadOnlyList<Article>> _all = null!;
    private byte[][] _paragraphBytes = null!;

    [Params(10_000, 50_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SyntheticCorpus.Create(Articles);
        _directory = Directory.CreateTempSubdirectory("corpus-runtime-").FullName;
        SyntheticCorpus.Write(corpus, _directory);
        _id = corpus[Articles / 2].Name;
        _articleFile = Path.Combine(_directory, _id + ".txt");
        _untouched = corpus.Skip(1).Take(Batch).Select(a => a.Name).ToArray();

        var parsed = corpus.Select(a => ArticleParser.Parse(a.Name, a.Text)).ToList();
        var pack = PackWriter.Pack(parsed);
        var run = new GeneratorRun([], packed: true);
        run.Driver().RunGeneratorsAndUpdateCompilation(run.Compilation, out var output, out var diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", diagnostics));
        _assemblyPath = Path.Combine(_directory, "Synthetic.dll");
        var emitted = output.Emit(_assemblyPath, manifestResources: [new ResourceDescription(PackedCorpus.ResourceName, () => new MemoryStream(pack), isPublic: true)]);
        if (!emitted.Success) throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics.Take(5)));
        Console.WriteLine($"// pack {pack.Length / 1_048_576.0:F1} MiB for {corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1_048_576.0:F1} MiB of pages");

        _paragraphBytes = parsed.SelectMany(a => a.Paragraphs).Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        var export = ArticleJson.Render(parsed, JsonFormat.Lines);
        _jsonLines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>A fresh load context: the corpus type, its resource and every article start untouched.</summary>
    [IterationSetup(Targets = [nameof(FirstAccessCold), nameof(EnumerateAll)])]
    public void FreshCorpus()
    {
        var type = new AssemblyLoadContext($"corpus-{Guid.NewGuid():N}", isCollectible: true)
            .LoadFromAssemblyPath(_assemblyPath).GetType("Synthetic.Articles", throwOnError: true)!;
        _get = type.GetMethod("Get")!.CreateDelegate<Func<string, Article>>();
        _all = type.GetProperty("All")!.GetMethod!.CreateDelegate<Func<IReadOnlyList<Article>>>();
    }

    /// <summary>As <see cref="FreshCorpus"/>, then one article read, so the corpus is open and in use.</summary>
    [IterationSetup(Target = nameof(FirstAccessOfAnUntouchedArticle))]
    public void CorpusInUse()
    {
        FreshCorpus();
        _ = _get(_id).Title;
    }

    [Benchmark(Description = "Packed: first access, corpus cold (type init, resource open, lookup, title)")]
    public string FirstAccessCold() => _get(_id).Title;

    /// <summary>Each operation looks up an article nobody has touched and reads its title.</summary>
    [Benchmark(OperationsPerInvoke = Batch, Description = "Packed: first access to an untouched article, corpus in use (lookup, title)")]
    public int FirstAccessOfAnUntouchedArticle()
    {
        var length = 0;
        foreach (var id in _untouched) length += _get(id).Title.Length;
        return length;
    }

    [Benchmark(Description = "Packed: enumerate all, reading every paragraph (cold)")]
    public int EnumerateAll()
    {
        var paragraphs = 0;
        foreach (var article in _all()) paragraphs += article.Paragraphs.Count;
        return paragraphs;
    }

    /// <summary>The floor for <see cref="EnumerateAll"/>: the same paragraphs' UTF-8 bytes decoded into strings, nothing else.</summary>
    [Benchmark(Description = "Decode every paragraph's UTF-8 bytes into strings")]
    public int DecodeParagraphs()
    {
        var characters = 0;
        foreach (var bytes in _paragraphBytes) characters += System.Text.Encoding.UTF8.GetString(bytes).Length;
        return characters;
    }

    [Benchmark(Baseline = true, Description = "JSON (STJ source gen): deserialize corpus")]
    public int DeserializeJson()
    {
        var context = ArticleJsonContext.Default;
        var sections = 0;
        foreach (var line in _jsonLines) sections += JsonSerializer.Deserialize(line, context.ArticleJson)!.Sections.Count;
        return sections;
    }

    [Benchmark(Description = "Read and parse the article's file")]
    public string ReadAndParse() => ArticleParser.Parse(_id, File.ReadAllText(_articleFile)).Title;
}
