using System.IO;

namespace Corpus.Cli;

/// <summary>The JSON schema of rules files (docs/corpus.rules.schema.json), embedded in the tool.</summary>
internal static class RulesSchema
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(RulesSchema).Assembly.GetManifestResourceStream("corpus.rules.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
