extern alias GeneratorAssembly;

using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using CorpusGenerator = GeneratorAssembly::Corpus.Generator.Pipeline.CorpusGenerator;

namespace Corpus.Benchmarks;

/// <summary>The generator over in-memory article files, with the item metadata Corpus.targets would give them.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(IReadOnlyList<(string Name, string Text)> articles, bool packed = false)
    {
        _options = new ArticleItems(packed);
        Texts = articles.Select(a => (AdditionalText)new MemoryText($"/corpus/{a.Name}.txt", a.Text)).ToImmutableArray();
        Compilation = CSharpCompilation.Create(
            "Synthetic",
            [CSharpSyntaxTree.ParseText("namespace Synthetic { }")],
            Basic,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public ImmutableArray<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        [new CorpusGenerator().AsSourceGenerator()], Texts, CSharpParseOptions.Default, _options);

    private readonly ArticleItems _options;

    /// <summary>The running framework's assemblies (netstandard facade included, for Corpus.dll) and Corpus.dll.</summary>
    private static readonly MetadataReference[] Basic = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(System.IO.Path.PathSeparator)
        .Where(path => System.IO.Path.GetDirectoryName(path) == System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location))
        .Append(typeof(Article).Assembly.Location)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    internal sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class ArticleItems(bool packed) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Article = new() { ["build_metadata.AdditionalFiles.SourceItemType"] = "CorpusArticle" };

        private readonly Options _project = new()
        {
            ["build_property.RootNamespace"] = "Synthetic",
            ["build_property.CorpusStorage"] = packed ? "Packed" : "Literals",
        };

        public override AnalyzerConfigOptions GlobalOptions => _project;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _project;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values = [];

            public string this[string key] { set => _values[key] = value; }

            public override bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? result) =>
                _values.TryGetValue(name, out result);
        }
    }
}
