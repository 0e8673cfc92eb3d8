using Microsoft.CodeAnalysis;

namespace Corpus.Tests.Support;

/// <summary>
/// References for test compilations: the running runtime's framework assemblies (Basic.Reference.Assemblies needs a
/// newer Roslyn than the 4.8.0 floor these tests pin) plus Corpus.dll.
/// </summary>
internal static class References
{
    public static IReadOnlyList<MetadataReference> All { get; } = Load();

    private static List<MetadataReference> Load()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = trusted
            .Where(path => Path.GetDirectoryName(path) == framework)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location));
        return references;
    }
}
