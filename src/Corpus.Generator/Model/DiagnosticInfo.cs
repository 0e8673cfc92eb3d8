using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Model;

/// <summary>
/// A diagnostic as equatable data, so it can flow through the incremental pipeline; it becomes a
/// <see cref="Diagnostic"/> with a <see cref="Location"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(
    string DescriptorId,
    string? FilePath,
    int Line,
    int Column,
    int Length,
    EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string? filePath, int line, int column, int length, params string[] messageArgs) =>
        new(descriptor.Id, filePath, line, column, length, new EquatableArray<string>(messageArgs));

    /// <param name="helpPage">Where docs/diagnostics.md is (a path or URL); null for the repository-relative link.</param>
    public Diagnostic ToDiagnostic(string? helpPage = null)
    {
        var location = FilePath is null
            ? Location.None
            : Location.Create(FilePath, default, new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(Line, Column + Length)));
        return Diagnostic.Create(Diagnostics.ById(DescriptorId, helpPage), location, [.. MessageArgs]);
    }
}
