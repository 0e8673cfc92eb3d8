extern alias GeneratorAssembly;

using BenchmarkDotNet.Attributes;
using Corpus.Parsing;
using ArticleEmitter = GeneratorAssembly::Corpus.Generator.Emit.ArticleEmitter;
using FileSettings = GeneratorAssembly::Corpus.Generator.Model.FileSettings;
using GeneratorReader = GeneratorAssembly::Corpus.Parsing.ArticleReader;
using GeneratorRules = GeneratorAssembly::Corpus.RuleSet;

namespace Corpus.Benchmarks;

/// <summary>
/// The build's own work on 10,000 articles (about 50 MiB), goal under a second: parse every file and emit its source
/// (CorpusStorage=Literals, the generator), or parse every file and write the pack (CorpusStorage=Packed, the task).
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private IReadOnlyList<(string Name, string Text)> _corpus = null!;
    private readonly FileSettings _settings = new("Synthetic", "Articles", NullableAnnotations: true);

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = SyntheticCorpus.Create(Articles);
        Console.WriteLine($"// {_corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1_048_576.0:F1} MiB");
    }

    [Benchmark(Description = "Parse only")]
    public int Parse()
    {
        var paragraphs = 0;
        foreach (var (name, text) in _corpus) paragraphs += ArticleParser.Parse(name, text).Paragraphs.Count;
        return paragraphs;
    }

    [Benchmark(Description = "Parse and emit")]
    public long ParseAndEmit()
    {
        long characters = 0;
        foreach (var (name, text) in _corpus)
        {
            var article = GeneratorReader.Read(name, text, GeneratorRules.Default, CancellationToken.None).Article;
            characters += ArticleEmitter.Emit(name.ToUpperInvariant(), article, _settings, CancellationToken.None).Length;
        }

        return characters;
    }

    [Benchmark(Description = "Parse and pack")]
    public long ParseAndPack()
    {
        using var output = new MemoryStream();
        var writer = new Packing.PackWriter(output);
        foreach (var (name, text) in _corpus.OrderBy(a => a.Name, StringComparer.Ordinal)) writer.Add(Packing.PackWriter.Chunk(ArticleParser.Parse(name, text)));
        writer.Finish();
        return output.Length;
    }
}
