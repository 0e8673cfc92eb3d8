extern alias GeneratorAssembly;

using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using CorpusGenerator = GeneratorAssembly::Corpus.Generator.Pipeline.CorpusGenerator;

namespace Corpus.Tests.Support;

/// <summary>A file handed to the generator, as an MSBuild item would hand it.</summary>
internal sealed record ArticleFile(string Path, string? Text, string? Id = null, string? PropertyName = null, string? ItemType = "CorpusArticle")
{
    /// <summary>The encoding the compiler reports it decoded the file with (UTF-8 unless set).</summary>
    public System.Text.Encoding DecodedAs { get; init; } = System.Text.Encoding.UTF8;

    public static ArticleFile Seed(string path) => new(path, File.ReadAllText(path));

    /// <summary>A small page whose title is <paramref name="title"/>.</summary>
    public static ArticleFile Page(string name, string title, string body = "Một đoạn văn.") => new($"/articles/{name}.txt", $"{title}\n\n{body}\n");
}

/// <summary>Runs the corpus generator through <see cref="CSharpGeneratorDriver"/> and compiles what it produced.</summary>
internal sealed class GeneratorHarness
{
    private static int s_assemblyCounter;

    public GeneratorHarness(
        IReadOnlyList<ArticleFile> files,
        IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        ParseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
        Options = new TestOptionsProvider(properties ?? DefaultProperties, files);
        Texts = files.Select(file => file.Text is null
            ? (AdditionalText)new UnreadableAdditionalText(file.Path)
            : new InMemoryAdditionalText(file.Path, file.Text, file.DecodedAs)).ToImmutableArray();
        Compilation = CSharpCompilation.Create(
            $"CorpusTest{Interlocked.Increment(ref s_assemblyCounter)}",
            [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Placeholder { } }", ParseOptions)],
            References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                deterministic: true));
    }

    public static IReadOnlyDictionary<string, string> DefaultProperties { get; } = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Consumer",
    };

    public CSharpParseOptions ParseOptions { get; }

    public TestOptionsProvider Options { get; }

    public ImmutableArray<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new CorpusGenerator().AsSourceGenerator()],
        Texts,
        ParseOptions,
        Options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public GeneratorRun Run()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var diagnostics, TestContext.Current.CancellationToken);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    public static GeneratorRun Run(IReadOnlyList<ArticleFile> files, IReadOnlyDictionary<string, string>? properties = null, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        new GeneratorHarness(files, properties, languageVersion).Run();
}

/// <summary>What a generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IReadOnlyList<(string HintName, string Text)> Sources => Result.Results
        .SelectMany(result => result.GeneratedSources)
        .Select(source => (source.HintName, source.SourceText.ToString()))
        .OrderBy(source => source.HintName, StringComparer.Ordinal)
        .ToList();

    /// <summary>Errors and warnings of compiling the consumer with the generated code (hidden and info diagnostics are not failures).</summary>
    public IReadOnlyList<Diagnostic> CompileProblems => Output.GetDiagnostics(TestContext.Current.CancellationToken)
        .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
        .ToList();

    /// <summary>Emits the compiled consumer, with any embedded resources, and loads it into a collectible context that shares Corpus.dll with the tests.</summary>
    public Assembly Load(IEnumerable<ResourceDescription>? resources = null)
    {
        using var image = new MemoryStream();
        var emitted = Output.Emit(image, manifestResources: resources, cancellationToken: TestContext.Current.CancellationToken);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext(Output.AssemblyName, isCollectible: true).LoadFromStream(image);
    }

    /// <summary>The generated class's <c>All</c>, read from the loaded assembly.</summary>
    public IReadOnlyList<Article> LoadArticles(string typeName = "Consumer.Articles") =>
        (IReadOnlyList<Article>)Load().GetType(typeName, throwOnError: true)!.GetProperty("All")!.GetValue(null)!;
}

/// <summary>An additional file whose text cannot be read.</summary>
internal sealed class UnreadableAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        throw new IOException("The disk said no.");
}

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text, Encoding? encoding = null) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, encoding ?? Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild's view of the project as the generated editorconfig would give it: global properties and per-file metadata.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> properties, IReadOnlyList<ArticleFile> files) : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _files = files
        .GroupBy(file => file.Path)
        .ToDictionary(group => group.Key, group => new DictionaryOptions(Metadata(group.Last())));

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(properties);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private static Dictionary<string, string> Metadata(ArticleFile file)
    {
        var metadata = new Dictionary<string, string>();
        if (file.ItemType is not null) metadata["build_metadata.AdditionalFiles.SourceItemType"] = file.ItemType;
        // Corpus.targets percent-encodes metadata for the editorconfig trip.
        if (file.Id is not null) metadata["build_metadata.AdditionalFiles.CorpusArticleId"] = Uri.EscapeDataString(file.Id);
        if (file.PropertyName is not null) metadata["build_metadata.AdditionalFiles.CorpusArticlePropertyName"] = Uri.EscapeDataString(file.PropertyName);
        return metadata;
    }
}

internal sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
{
    public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>());

    public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
        values.TryGetValue(key, out value);
}
