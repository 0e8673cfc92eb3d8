using System.Linq;

namespace Corpus.Generator.Emit;

/// <summary>
/// Every string literal lands in the assembly's user-string heap, which holds at most 16 MiB of UTF-16 (CS8103,
/// reported only at the very end of a build). The generator keeps the corpus under a budget below that wall and says
/// so in a diagnostic instead.
/// </summary>
internal static class StringHeapBudget
{
    /// <summary>Bytes the corpus may use: 15,000,000 of the heap's 16,777,215, leaving room for the project's own strings.</summary>
    public const long Limit = 15_000_000;

    /// <summary>The heap bytes an article's literals take: two per UTF-16 unit plus a length prefix and terminator.</summary>
    public static long Of(Article article)
    {
        long bytes = Literal(article.Id) + Literal(article.Title) + Literal(article.Raw)
            + Literal(article.Author) + Literal(article.Agency) + Literal(article.Site) + Literal(article.Url?.OriginalString);
        foreach (var section in article.Sections)
        {
            bytes += Literal(section.Heading) + section.Paragraphs.Sum(Literal);
            bytes += section.Images.Sum(image => Literal(image.Label) + Literal(image.Caption) + Literal(image.Credit));
        }

        bytes += article.Links.Sum(Literal);
        bytes += article.Related.Sum(item => Literal(item.Group) + Literal(item.Title) + Literal(item.Category) + Literal(item.Summary));
        return bytes;
    }

    private static long Literal(string? text) => text is null ? 0 : (2L * text.Length) + 5;
}
