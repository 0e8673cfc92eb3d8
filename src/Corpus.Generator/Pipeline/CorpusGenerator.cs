using System;
using System.Linq;
using Corpus.Generator.Emit;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// Compiles the files a project lists as <c>CorpusArticle</c> items into typed <see cref="Article"/> properties.
/// Each file is read and parsed on its own, so an edit re-parses that file only; naming and the catalog depend on
/// ids and titles alone. With <c>CorpusStorage=Packed</c> it emits only the catalog, over the embedded pack.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var language = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => (parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.CSharp7_3)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => (HasNotNullWhen(compilation), HasXunitSerializers(compilation))))
            .Select(static (pair, _) => new LanguageFeatures(pair.Left, pair.Right.Item1, pair.Right.Item2))
            .WithTrackingName(TrackingNames.Language);

        // Where the package's docs/diagnostics.md is, so a diagnostic's help link opens from a consumer project.
        var helpPage = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.HelpPage(provider.GlobalOptions));

        var settings = options.Combine(language).Select(static (pair, _) => new EmitSettings(pair.Left, pair.Right));
        var fileSettings = settings.Select(static (all, _) => all.File).WithTrackingName(TrackingNames.FileSettings);

        // A packed corpus is parsed by the build's pack task; here its files are not even read.
        var packed = options.Select(static (all, _) => all.IsPacked);
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Combine(packed)
            .Where(static pair => !pair.Right)
            .Select(static (pair, cancellationToken) => InputReader.Read(pair.Left.Left, pair.Left.Right.GetOptions(pair.Left.Left), cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Inputs);

        var rules = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => RulesReader.Read(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .Collect()
            .Combine(packed)
            // Packed, nothing here parses (and the targets list no rules file): the rules (every pattern expanded,
            // checked and constructed) are not built at all, which saves every packed build that work in the compiler.
            .Select(static (pair, cancellationToken) => pair.Right ? ProjectRules.None : RulesReader.Build(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Rules);

        context.RegisterSourceOutput(rules.Combine(helpPage), static (spc, pair) =>
        {
            foreach (var diagnostic in pair.Left.Diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic(pair.Right));
        });

        var parsed = inputs
            .Combine(rules)
            .Select(static (pair, cancellationToken) => ArticleParsing.Parse(pair.Left, pair.Right.Rules ?? RuleSet.Default, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        // Packed, the pack task parsed the pages and listed each packed article's id and title beside the pack.
        var packedArticles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => PackNamesReader.Read(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .Collect()
            .Select(static (files, _) => PackNamesReader.Combine(files))
            .WithTrackingName(TrackingNames.PackedArticles);

        var identities = parsed
            .Select(static (article, _) => article.Identity)
            .Collect()
            .Combine(packedArticles)
            .Select(static (pair, _) => pair.Right.Articles.Count == 0
                ? new EquatableArray<ArticleIdentity>(pair.Left)
                : new EquatableArray<ArticleIdentity>(pair.Left.Concat(pair.Right.Articles)));

        var names = identities
            .Combine(options)
            .Select(static (pair, cancellationToken) => MemberNames.Assign(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Names);

        context.RegisterSourceOutput(packedArticles.Combine(helpPage), static (spc, pair) =>
        {
            foreach (var diagnostic in pair.Left.Diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic(pair.Right));
        });

        var articleOutputs = parsed
            .Combine(names)
            .Combine(fileSettings)
            .Select(static (pair, _) => new ArticleOutput(
                pair.Left.Left.FilePath,
                pair.Left.Right.PropertyNameOf(pair.Left.Left.FilePath) ?? "",
                pair.Left.Left.Article,
                pair.Left.Left.Diagnostics,
                pair.Right))
            .WithTrackingName(TrackingNames.ArticleOutputs);

        context.RegisterSourceOutput(articleOutputs.Combine(helpPage), static (spc, pair) =>
        {
            var (output, help) = pair;
            foreach (var diagnostic in output.Diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic(help));
            if (output.Article is null || output.PropertyName.Length == 0) return;
            try
            {
                spc.AddSource(
                    ArticleEmitter.HintName(output.Settings, output.PropertyName),
                    ArticleEmitter.Emit(output.PropertyName, output.Article, output.Settings, spc.CancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                spc.ReportDiagnostic(DiagnosticInfo.Create(
                    Diagnostics.InternalError, output.FilePath, 0, 0, 0, output.FilePath, $"{exception.GetType().Name}: {exception.Message}").ToDiagnostic(help));
            }
        });

        var catalog = names.Combine(settings).WithTrackingName(TrackingNames.Catalog);
        context.RegisterSourceOutput(catalog.Combine(helpPage), static (spc, input) =>
        {
            var (pair, help) = input;
            foreach (var diagnostic in pair.Right.Options.Diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic(help));
            foreach (var diagnostic in pair.Left.Diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic(help));
            spc.AddSource(CatalogEmitter.HintName(pair.Right.Options), CatalogEmitter.Emit(pair.Left, pair.Right));
            if (pair.Right.Language.HasXunitSerializers)
            {
                spc.AddSource(TestSupportEmitter.HintName(pair.Right.Options), TestSupportEmitter.EmitXunitSerializer(pair.Right));
            }
        });
    }

    private static bool HasXunitSerializers(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Xunit.Sdk.IXunitSerializer") is { } serializer
        && compilation.GetTypeByMetadataName("Xunit.Sdk.RegisterXunitSerializerAttribute") is { } attribute
        && compilation.IsSymbolAccessibleWithin(serializer, compilation.Assembly)
        && compilation.IsSymbolAccessibleWithin(attribute, compilation.Assembly);

    private static bool HasNotNullWhen(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is { } attribute
        && compilation.IsSymbolAccessibleWithin(attribute, compilation.Assembly);
}
