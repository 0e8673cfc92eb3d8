using System.Globalization;
using Corpus.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Tasks;

/// <summary>Logs a Corpus diagnostic from a task with its id, severity, location and help link, as the generator reports it.</summary>
internal static class TaskDiagnostics
{
    /// <param name="log">The task's logger.</param>
    /// <param name="helpPage">The package's diagnostics page, or null for the repository-relative one.</param>
    /// <param name="text">The diagnostic.</param>
    /// <param name="file">The file at fault.</param>
    /// <param name="line">Zero-based line.</param>
    /// <param name="column">Zero-based column.</param>
    /// <param name="length">Characters the problem spans on its line; 0 for a point.</param>
    /// <param name="arguments">The message's arguments.</param>
    public static void Report(this TaskLoggingHelper log, string? helpPage, DiagnosticText text, string file, int line, int column, int length, string[] arguments)
    {
        var message = string.Format(CultureInfo.InvariantCulture, text.Format, arguments);
        // MSBuild prints file(line,column) when the end is 0, and the whole span otherwise.
        var (startLine, startColumn) = (line + 1, column + 1);
        var (endLine, endColumn) = length == 0 ? (0, 0) : (startLine, startColumn + length);
        var helpLink = DiagnosticText.HelpLinkIn(helpPage, text.Id);
        switch (text.Level)
        {
            case DiagnosticLevel.Error:
                log.LogError(null, text.Id, null, helpLink, file, startLine, startColumn, endLine, endColumn, message);
                break;
            case DiagnosticLevel.Warning:
                log.LogWarning(null, text.Id, null, helpLink, file, startLine, startColumn, endLine, endColumn, message);
                break;
            default:
                log.LogMessage(null, text.Id, null, file, startLine, startColumn, endLine, endColumn, MessageImportance.Normal, message);
                break;
        }
    }
}
