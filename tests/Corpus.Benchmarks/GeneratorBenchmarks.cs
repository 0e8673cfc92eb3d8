using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// A full generator run over 1,000 articles against the run after editing one of them (the goal: at most 5% of the
/// full run). The edit alternates between two versions of one file so every iteration really changes it.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorRun _run = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private bool _isEdited;

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _run = new GeneratorRun(SyntheticCorpus.Create(Articles));
        _warm = _run.Driver().RunGenerators(_run.Compilation);
        _original = _run.Texts[Articles / 2];
        _edited = new GeneratorRun.MemoryText(_original.Path, _original.GetText()!.ToString().Replace("(TTXVN)|", "(TTXVN) |", StringComparison.Ordinal) + "\nMột đoạn mới.");
    }

    [Benchmark(Baseline = true, Description = "Full generator run")]
    public GeneratorDriver FullRun() => _run.Driver().RunGenerators(_run.Compilation);

    [Benchmark(Description = "Edit one file, rerun")]
    public GeneratorDriver EditOneFile()
    {
        _warm = _isEdited ? _warm.ReplaceAdditionalText(_edited, _original) : _warm.ReplaceAdditionalText(_original, _edited);
        _isEdited = !_isEdited;
        return _warm = _warm.RunGenerators(_run.Compilation);
    }
}
