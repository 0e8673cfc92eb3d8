using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator;

/// <summary>Every diagnostic the generator reports. Each ID has a section in docs/diagnostics.md.</summary>
internal static class Diagnostics
{
    private const string Category = "Corpus";
    // Relative to the repository and the package, which both ship docs/diagnostics.md.
    private const string HelpBase = "docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor EmptyFile = Create(
        "CORPUS001",
        "Article file is empty",
        "Article file '{0}' is empty or holds only white space; add the page's text or remove the file from the CorpusArticle items",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoTitle = Create(
        "CORPUS002",
        "Article has no title",
        "The first line of '{0}' ('{1}') has no letter or digit, so the article has no usable title; put the headline on the first line. The property is named from the id instead",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotUtf8 = Create(
        "CORPUS003",
        "Article file is not UTF-8",
        "'{0}' is not valid UTF-8 (read as a legacy code page, the text came out as '{1}'); save the file as UTF-8",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateId = Create(
        "CORPUS004",
        "Two articles have the same id",
        "Article id '{0}' of '{1}' is already used by '{2}'; rename one file or give one a different Id metadata on its CorpusArticle item",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NameChanged = Create(
        "CORPUS005",
        "Generated property name was changed",
        "The property for '{0}' is named '{1}' instead of '{2}' because {3}; set PropertyName metadata on its CorpusArticle item to choose a name",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnreadableDate = Create(
        "CORPUS006",
        "Date could not be read",
        "'{0}' looks like a date but is not a real date or time; the field is left empty. Correct the date in the file",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "CORPUS007",
        "Article could not be processed",
        "The corpus generator failed on '{0}' ({1}); the article was left out and the others were generated. Please report this with the file",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidPropertyName = Create(
        "CORPUS008",
        "PropertyName metadata is not a valid identifier",
        "PropertyName '{0}' on '{1}' is not a valid C# identifier; use letters, digits and underscores, not starting with a digit",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        "CORPUS009",
        "Article file could not be read",
        "The compiler could not read '{0}'; check that the file exists and is readable",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "CORPUS010",
        "Corpus property has an invalid value",
        "MSBuild property {0} is '{1}', which is not valid; use {2}. The default is used instead",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BinaryFile = Create(
        "CORPUS011",
        "Article file is binary",
        "'{0}' is a binary file, not text; remove it from the CorpusArticle items",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ArticleTooLarge = Create(
        "CORPUS012",
        "Article is too large to compile in",
        "'{0}' would take {1} MB of the assembly's string heap, more than the corpus limit of {2} MB (the compiler stops at 16.7 MB with CS8103); split the file or leave it out",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CorpusTooLarge = Create(
        "CORPUS013",
        "Corpus is too large to compile in",
        "Article '{0}' was left out: the articles before it in id order already fill the corpus limit of {1} MB of string heap (the compiler stops at 16.7 MB with CS8103); split the corpus over several projects",
        DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> All = new()
    {
        [BinaryFile.Id] = BinaryFile,
        [ArticleTooLarge.Id] = ArticleTooLarge,
        [CorpusTooLarge.Id] = CorpusTooLarge,
        [InvalidOption.Id] = InvalidOption,
        [EmptyFile.Id] = EmptyFile,
        [NoTitle.Id] = NoTitle,
        [NotUtf8.Id] = NotUtf8,
        [DuplicateId.Id] = DuplicateId,
        [NameChanged.Id] = NameChanged,
        [UnreadableDate.Id] = UnreadableDate,
        [InternalError.Id] = InternalError,
        [InvalidPropertyName.Id] = InvalidPropertyName,
        [UnreadableFile.Id] = UnreadableFile,
    };

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
