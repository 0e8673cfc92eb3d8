using System.Globalization;
using System.Text;

namespace Corpus.Cli;

/// <summary>An article as plain text for reading in a terminal.</summary>
internal static class ArticleText
{
    public static string Render(Article article)
    {
        var text = new StringBuilder();
        text.Append(article.Title).Append('\n');
        text.Append('=', System.Math.Min(article.Title.Length, 80)).Append('\n');
        Field(text, "id", article.Id);
        Field(text, "site", article.Site);
        Field(text, "url", article.Url?.OriginalString);
        Field(text, "published", article.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Field(text, "author", article.Author);
        Field(text, "agency", article.Agency);

        foreach (var section in article.Sections)
        {
            if (section.Heading is not null) text.Append("\n## ").Append(section.Heading).Append('\n');
            foreach (var paragraph in section.Paragraphs) text.Append('\n').Append(paragraph).Append('\n');
            foreach (var image in section.Images)
            {
                text.Append("\n[image]");
                if (image.Label is not null) text.Append(' ').Append(image.Label);
                if (image.Caption is not null) text.Append("\n  caption: ").Append(image.Caption);
                if (image.Credit is not null) text.Append("\n  credit: ").Append(image.Credit);
                text.Append('\n');
            }
        }

        if (article.Links.Count > 0)
        {
            text.Append("\nLinks:\n");
            foreach (var link in article.Links) text.Append("- ").Append(link).Append('\n');
        }

        if (article.Related.Count > 0)
        {
            text.Append("\nRelated:\n");
            foreach (var item in article.Related)
            {
                text.Append("- ");
                if (item.Group is not null) text.Append('[').Append(item.Group).Append("] ");
                text.Append(item.Title);
                if (item.Published is { } published) text.Append(" (").Append(published.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)).Append(')');
                if (item.Category is not null) text.Append(" · ").Append(item.Category);
                text.Append('\n');
                if (item.Summary is not null) text.Append("    ").Append(item.Summary).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (value is not null) text.Append(name).Append(": ").Append(value).Append('\n');
    }
}
