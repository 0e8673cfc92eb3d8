using Corpus.Diagnostics;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Corpus.Tasks;

/// <summary>
/// CORPUS017: the project has no <c>CorpusArticle</c> items, so its corpus would be empty without a word (usually an
/// <c>Include</c> pattern that matches nothing). The targets decide when it applies; this reports it as every other
/// Corpus diagnostic is reported, at the project file.
/// </summary>
public sealed class ReportNoArticles : MSBuildTask
{
    /// <summary>The project file the warning is located in.</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>The package's diagnostics page, for the help link.</summary>
    public string? HelpPage { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        Log.Report(HelpPage, DiagnosticTexts.NoArticles, ProjectFile, 0, 0, 0, []);
        return true;
    }
}
