using System.Runtime.CompilerServices;

namespace Corpus.Parsing;

/// <summary>Headline helpers.</summary>
internal static class Headline
{
    /// <summary>The shortest headline taken as printed twice when its two halves are equal (shorter repeats are real text).</summary>
    public const int MinDoubledLength = 8;

    /// <summary>
    /// A headline the scraper printed twice with nothing between (<c>AbcAbc</c>) comes back once; any other text unchanged.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public static string Undouble(string text)
    {
        if (text.Length % 2 != 0 || text.Length < 2 * MinDoubledLength) return text;
        var half = text.Length / 2;
        return string.CompareOrdinal(text, 0, text, half, half) == 0 ? text.Substring(0, half) : text;
    }
}
