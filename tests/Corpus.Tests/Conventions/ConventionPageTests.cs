using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Parsing.Rules;
using Corpus.Tests.Support;

namespace Corpus.Tests.Conventions;

/// <summary>
/// One page per convention of Vietnamese news pages, and one per guard against a false positive, each written for
/// this project (never copied from a real page): <c>Pages/{name}.txt</c> must parse to <c>Pages/{name}.expected.json</c>.
/// A mismatch writes <c>{name}.received.json</c> beside it; CORPUS_APPROVE=1 accepts it.
/// </summary>
public sealed class ConventionPageTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "Corpus.Tests", "Conventions", "Pages");

    public static TheoryData<string> Pages() => new(Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_parses_to_its_expected_reading(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".txt"));
        var result = ArticleParser.ParseDetailed(name, text, TestContext.Current.CancellationToken);

        Approvals.VerifyFile(Path.Combine(Folder, name + ".expected.json"), Path.Combine(Folder, name + ".received.json"), Describe(result));
    }

    [Fact]
    public void Every_built_in_rule_claims_a_piece_of_some_page()
    {
        // One page per convention: a rule no page here shows would be checked only by the seeds, or by nothing.
        // broken-lines joins a line to the next and claims no piece of its own (its page is broken-lines.txt).
        var claimed = Directory.GetFiles(Folder, "*.txt")
            .SelectMany(path => ArticleParser.Explain(File.ReadAllText(path)))
            .Select(piece => piece.Rule).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var unshown = RuleSet.Default.Rules.Select(rule => rule.Name)
            .Where(name => name != BuiltInRules.BrokenLines && !claimed.Contains(name)).ToList();

        unshown.ShouldBeEmpty();
    }

    /// <summary>The fields a reader of the page sees, in a stable, readable JSON shape (the raw text is the page itself).</summary>
    private static string Describe(ArticleParseResult result)
    {
        var article = result.Article;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", article.Title);
            json.WriteStartArray("sections");
            foreach (var section in article.Sections)
            {
                json.WriteStartObject();
                json.WriteString("heading", section.Heading);
                Strings(json, "paragraphs", section.Paragraphs);
                json.WriteStartArray("images");
                foreach (var image in section.Images)
                {
                    json.WriteStartObject();
                    json.WriteString("label", image.Label);
                    json.WriteString("caption", image.Caption);
                    json.WriteString("credit", image.Credit);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("author", article.Author);
            json.WriteString("agency", article.Agency);
            json.WriteString("site", article.Site);
            json.WriteString("url", article.Url?.OriginalString);
            json.WriteString("published", article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            Strings(json, "links", article.Links);
            json.WriteStartArray("related");
            foreach (var item in article.Related)
            {
                json.WriteStartObject();
                json.WriteString("group", item.Group);
                json.WriteString("title", item.Title);
                json.WriteString("published", item.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("summary", item.Summary);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("metadata");
            foreach (var entry in article.Metadata) json.WriteStringValue($"{entry.Key} = {entry.Value}");
            json.WriteEndArray();
            Strings(json, "problems", result.Problems.Select(problem => $"{problem.Kind} on line {problem.Line + 1}"));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
