using CsCheck;
using Corpus.Tests.Support;
using Corpus.Parsing;
using Corpus.Parsing.Rules;

namespace Corpus.Tests.Parsing;

/// <summary>A page's line remembers which of its rule set's required texts it holds, and answers as a search would; the split says when the text is plain.</summary>
public sealed class SourceLineTests
{
    [Theory]
    [InlineData("Dòng một\r\nDòng hai\n\nDòng ba\n", true)]
    [InlineData("Dòng một\tcó tab\nDòng hai", false)]
    [InlineData("Dòng một\u0085Dòng hai", false)]
    [InlineData("Dòng\u0001một", false)]
    [InlineData("  Dòng thụt lề", false)]
    public void The_split_calls_text_plain_only_when_every_line_was_clean_and_broken_at_cr_or_lf(string text, bool plain)
    {
        SourceLine.SplitNonBlank(text, out var got, CancellationToken.None);
        got.ShouldBe(plain);
    }

    [Fact]
    public void Plain_text_holds_no_control_character() =>
        Gen.String[Gen.OneOf(Gen.Char["aă đ.\r\n\t\u0000\u0085\u2028\u007F\u009F&"], Gen.Char), 0, 60].Sample(text =>
        {
            SourceLine.SplitNonBlank(text, out var plain, CancellationToken.None);
            if (plain) text.Any(c => char.IsControl(c) && c is not ('\r' or '\n')).ShouldBeFalse();
        }, iter: 5000);

    [Fact]
    public void A_line_holds_what_a_search_finds_under_every_number_and_on_every_asking()
    {
        var line = new SourceLine(0, 40, "Người dân đổ về trung tâm (Ảnh: Minh Anh)");
        const int Count = 130;
        string[] literals = ["Ảnh", "Theo", "(", "Nguồn", "Minh Anh)", "ảnh"];
        int[] ids = [0, 63, 64, 65, 127, 129];

        for (var asking = 0; asking < 2; asking++)
        {
            for (var i = 0; i < literals.Length; i++)
            {
                line.Holds(ids[i], Count, literals[i]).ShouldBe(line.Text.Contains(literals[i], StringComparison.Ordinal), $"{literals[i]} as {ids[i]}");
            }

            line.Holds(1, Count, ':').ShouldBeTrue();
            line.Holds(2, Count, '|').ShouldBeFalse();
        }
    }

    [Fact]
    public void The_pair_table_never_turns_down_a_text_the_line_holds()
    {
        // Every text the built-in rules require, asked of every line of the seeds and the convention pages (short and
        // long lines, so tables of every size) and of text made to hold it: the table may only spare searches.
        var literals = BuiltInRules.All.SelectMany(rule => rule.Hints.Required).Distinct(StringComparer.Ordinal).ToArray();
        literals.Length.ShouldBeGreaterThan(100);
        var folders = new[] { Path.Combine("tests", "Corpus.Tests", "Conventions", "Pages"), "seeds" };
        var texts = folders.SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryRoot.Path, folder), "*.txt"))
            .SelectMany(File.ReadAllLines).Select(text => text.Trim()).Where(text => text.Length > 0)
            .Concat(literals.Select(literal => "Mở đầu câu " + literal + " và phần còn lại của dòng, đủ dài để có bảng riêng."))
            .Concat(literals)
            .ToArray();

        var found = 0;
        foreach (var text in texts)
        {
            var line = new SourceLine(0, text.Length, text);
            for (var id = 0; id < literals.Length; id++)
            {
                var holds = text.Contains(literals[id], StringComparison.Ordinal);
                line.Holds(id, literals.Length, literals[id]).ShouldBe(holds, $"'{literals[id]}' in '{text}'");
                if (holds) found++;
            }
        }

        found.ShouldBeGreaterThan(texts.Length);
    }
}
