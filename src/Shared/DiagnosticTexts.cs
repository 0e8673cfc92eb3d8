using System.Linq;
using Corpus.Parsing;

namespace Corpus.Diagnostics;

/// <summary>How serious a diagnostic is; the generator and the build task map it to their own severities.</summary>
internal enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}

/// <summary>A diagnostic's id, title and message format, without Roslyn or MSBuild types.</summary>
internal sealed record DiagnosticText(string Id, string Title, string Format, DiagnosticLevel Level)
{
    private const string RelativePage = "docs/diagnostics.md";

    /// <summary>Where docs/diagnostics.md explains it, relative to the repository (the package ships the same file).</summary>
    public string HelpLink => HelpLinkIn(null, Id);

    /// <summary>
    /// The link to <paramref name="id"/>'s section of <paramref name="helpPage"/>: the package's own copy of
    /// docs/diagnostics.md (a path, made a file URI) or any absolute URL; without one, the repository-relative page.
    /// </summary>
    public static string HelpLinkIn(string? helpPage, string id)
    {
        var page = RelativePage;
        if (!string.IsNullOrWhiteSpace(helpPage) && System.Uri.TryCreate(helpPage!.Trim(), System.UriKind.Absolute, out var uri))
        {
            page = uri.AbsoluteUri;
        }

        return page + "#" + id.ToLowerInvariant();
    }
}

/// <summary>
/// Every diagnostic Corpus reports, from the generator or from the pack task. Each ID has a section in
/// docs/diagnostics.md.
/// </summary>
internal static class DiagnosticTexts
{
    public static readonly DiagnosticText EmptyFile = new(
        "CORPUS001",
        "Article file is empty",
        "Article file '{0}' is empty or holds only white space; add the page's text or remove the file from the CorpusArticle items",
        DiagnosticLevel.Warning);

    public static readonly DiagnosticText NoTitle = new(
        "CORPUS002",
        "Article has no title",
        "The first line of '{0}' ('{1}') has no letter or digit, so the article has no usable title; put the headline on the first line. The property is named from the id instead",
        DiagnosticLevel.Warning);

    public static readonly DiagnosticText NotUtf8 = new(
        "CORPUS003",
        "Article file is not UTF-8",
        "'{0}' is not valid UTF-8 (decoded anyway, the text comes out as '{1}'); save the file as UTF-8",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText DuplicateId = new(
        "CORPUS004",
        "Two articles have the same id",
        "Article id '{0}' of '{1}' is already used by '{2}'; rename one file or give one a different Id metadata on its CorpusArticle item",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText NameChanged = new(
        "CORPUS005",
        "Generated property name was changed",
        "The property for '{0}' is named '{1}' instead of '{2}' because {3}; set PropertyName metadata on its CorpusArticle item to choose a name",
        DiagnosticLevel.Info);

    public static readonly DiagnosticText UnreadableDate = new(
        "CORPUS006",
        "Date could not be read",
        "'{0}' looks like a date but is not a real date or time; the field is left empty. Correct the date in the file",
        DiagnosticLevel.Warning);

    public static readonly DiagnosticText InternalError = new(
        "CORPUS007",
        "Article could not be processed",
        "The corpus generator failed on '{0}' ({1}); the article was left out and the others were generated. Please report this with the file",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText InvalidPropertyName = new(
        "CORPUS008",
        "PropertyName metadata is not a valid identifier",
        "PropertyName '{0}' on '{1}' is not a valid C# identifier; use letters, digits and underscores, not starting with a digit",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText UnreadableFile = new(
        "CORPUS009",
        "Article file could not be read",
        "Could not read '{0}'; check that the file exists and is readable",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText InvalidOption = new(
        "CORPUS010",
        "Corpus property has an invalid value",
        "MSBuild property {0} is '{1}', which is not valid; use {2}. The default is used instead",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText BinaryFile = new(
        "CORPUS011",
        "Article file is binary",
        "'{0}' is a binary file, not text; remove it from the CorpusArticle items",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText ArticleTooLarge = new(
        "CORPUS012",
        "Article is too large to compile in",
        "'{0}' would take {1} MB of the assembly's string heap, more than the corpus limit of {2} MB (the compiler stops at 16.7 MB with CS8103); split the file, leave it out, or set <CorpusStorage>Packed</CorpusStorage>, which has no such limit",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText CorpusTooLarge = new(
        "CORPUS013",
        "Corpus is too large to compile in",
        "{0} of the corpus's {1} articles were left out, from '{2}' on in id order: compiled in as literals the corpus needs {3} MB of string heap, more than the limit of {4} MB (the compiler stops at 16.7 MB with CS8103); set <CorpusStorage>Packed</CorpusStorage>, or leave CorpusStorage unset so the build picks Packed for a corpus this size",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText TooManyProperties = new(
        "CORPUS016",
        "Too many articles for a property each",
        "The packed corpus has {0} articles, more than the {1} that get a property each, so only articles with PropertyName metadata get one; reach the others with Get(id), TryGet or All",
        DiagnosticLevel.Info);

    public static readonly DiagnosticText InvalidRules = new(
        "CORPUS014",
        "Rules file is not valid",
        "Rules file '{0}' is not valid: {1}. The articles are read with the built-in rules until it is fixed",
        DiagnosticLevel.Error);

    public static readonly DiagnosticText RuleTimedOut = new(
        "CORPUS015",
        "Rule took too long",
        "Rule '{0}' ran longer than the rules file's match timeout on this line of '{1}' and was skipped there; make its pattern simpler (avoid nested repeats) or raise matchTimeoutMilliseconds",
        DiagnosticLevel.Warning);

    /// <summary>Reported by the <c>ReportNoArticles</c> task, which Corpus.targets runs where the items are known.</summary>
    public static readonly DiagnosticText NoArticles = new(
        "CORPUS017",
        "The corpus has no articles",
        "The project has no CorpusArticle items, so its corpus is empty; check that the CorpusArticle Include pattern matches your files (relative to the project file), or set CorpusAllowEmpty to true if the project has no articles on purpose",
        DiagnosticLevel.Warning);

    private static readonly System.Collections.Generic.Dictionary<string, DiagnosticText> ByIdTable = new[]
    {
        EmptyFile, NoTitle, NotUtf8, DuplicateId, NameChanged, UnreadableDate, InternalError, InvalidPropertyName,
        UnreadableFile, InvalidOption, BinaryFile, ArticleTooLarge, CorpusTooLarge, TooManyProperties, InvalidRules, RuleTimedOut,
        NoArticles,
    }.ToDictionary(text => text.Id, System.StringComparer.Ordinal);

    /// <summary>The diagnostic with <paramref name="id"/>, or null when there is none (a cache written by another version).</summary>
    public static DiagnosticText? ById(string id) => ByIdTable.TryGetValue(id, out var text) ? text : null;

    /// <summary>The diagnostic for a problem the parser found in <paramref name="filePath"/>, with its message arguments.</summary>
    public static (DiagnosticText Text, string[] Arguments) ForProblem(ParseProblem problem, string filePath) => problem.Kind switch
    {
        ParseProblemKind.EmptyFile => (EmptyFile, [filePath]),
        ParseProblemKind.NoTitle => (NoTitle, [filePath, problem.Text]),
        ParseProblemKind.BinaryContent => (BinaryFile, [filePath]),
        ParseProblemKind.MisdecodedText => (NotUtf8, [filePath, problem.Text]),
        ParseProblemKind.RuleTimedOut => (RuleTimedOut, [problem.Text, filePath]),
        _ => (UnreadableDate, [problem.Text]),
    };

    /// <summary>Whether the problem means the file is not text at all, so its article must be left out.</summary>
    public static bool LeavesArticleOut(ParseProblem problem) =>
        problem.Kind is ParseProblemKind.MisdecodedText or ParseProblemKind.BinaryContent;
}
