using System.Collections.Generic;
using Corpus.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator;

/// <summary>Every diagnostic the generator reports. Each ID has a section in docs/diagnostics.md.</summary>
internal static class Diagnostics
{
    private const string Category = "Corpus";

    public static readonly DiagnosticDescriptor EmptyFile = Create("CORPUS001", DiagnosticTexts.EmptyFile);

    public static readonly DiagnosticDescriptor NoTitle = Create("CORPUS002", DiagnosticTexts.NoTitle);

    public static readonly DiagnosticDescriptor NotUtf8 = Create("CORPUS003", DiagnosticTexts.NotUtf8);

    public static readonly DiagnosticDescriptor DuplicateId = Create("CORPUS004", DiagnosticTexts.DuplicateId);

    public static readonly DiagnosticDescriptor NameChanged = Create("CORPUS005", DiagnosticTexts.NameChanged);

    public static readonly DiagnosticDescriptor UnreadableDate = Create("CORPUS006", DiagnosticTexts.UnreadableDate);

    public static readonly DiagnosticDescriptor InternalError = Create("CORPUS007", DiagnosticTexts.InternalError);

    public static readonly DiagnosticDescriptor InvalidPropertyName = Create("CORPUS008", DiagnosticTexts.InvalidPropertyName);

    public static readonly DiagnosticDescriptor UnreadableFile = Create("CORPUS009", DiagnosticTexts.UnreadableFile);

    public static readonly DiagnosticDescriptor InvalidOption = Create("CORPUS010", DiagnosticTexts.InvalidOption);

    public static readonly DiagnosticDescriptor BinaryFile = Create("CORPUS011", DiagnosticTexts.BinaryFile);

    public static readonly DiagnosticDescriptor ArticleTooLarge = Create("CORPUS012", DiagnosticTexts.ArticleTooLarge);

    public static readonly DiagnosticDescriptor CorpusTooLarge = Create("CORPUS013", DiagnosticTexts.CorpusTooLarge);

    public static readonly DiagnosticDescriptor InvalidRules = Create("CORPUS014", DiagnosticTexts.InvalidRules);

    public static readonly DiagnosticDescriptor RuleTimedOut = Create("CORPUS015", DiagnosticTexts.RuleTimedOut);

    public static readonly DiagnosticDescriptor TooManyProperties = Create("CORPUS016", DiagnosticTexts.TooManyProperties);

    private static readonly Dictionary<string, DiagnosticDescriptor> All = new()
    {
        [TooManyProperties.Id] = TooManyProperties,
        [InvalidRules.Id] = InvalidRules,
        [RuleTimedOut.Id] = RuleTimedOut,
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

    /// <summary>The descriptor for <paramref name="id"/>, its help link pointing into <paramref name="helpPage"/> when there is one.</summary>
    public static DiagnosticDescriptor ById(string id, string? helpPage)
    {
        var descriptor = All[id];
        var link = DiagnosticText.HelpLinkIn(helpPage, id);
        return link == descriptor.HelpLinkUri
            ? descriptor
            : new(descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity, descriptor.IsEnabledByDefault, helpLinkUri: link);
    }

    // The id is repeated as a literal because analyzer release tracking (RS2002) reads it from this call.
    private static DiagnosticDescriptor Create(string id, DiagnosticText text) =>
        new(id == text.Id ? id : throw new System.InvalidOperationException($"{id} is declared with the text of {text.Id}."), text.Title, text.Format, Category, Severity(text.Level), isEnabledByDefault: true, helpLinkUri: text.HelpLink);

    private static DiagnosticSeverity Severity(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => DiagnosticSeverity.Error,
        DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
