using System.Text.Json;
using Corpus.Cli;

namespace Corpus.Seeds.Tests;

/// <summary>The corpus command, run in process.</summary>
public sealed class CliTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = new CorpusCommand(output, error).Run(args);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void List_prints_a_header_and_one_row_per_article()
    {
        var (exit, output, error) = Run("list");

        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(6);
        lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["ID", "TITLE", "SITE", "PUBLISHED", "SECTIONS", "PARAGRAPHS", "IMAGES", "RELATED"]);
        lines[3].ShouldStartWith("002_27aa4dd25fd297e8  Quan chức cấp cao Mỹ");
        lines[3].ShouldContain("vietnamplus.vn");
        lines[3].ShouldContain("2023-04-05 15:10 +07:00");
    }

    [Fact]
    public void Show_prints_the_whole_article()
    {
        var (exit, output, _) = Run("show", "004_e56ef27ba0c607c2");

        exit.ShouldBe(0);
        output.ShouldStartWith("Quan hệ Mỹ-Hàn Quốc sẽ tiếp tục duy trì chặt chẽ dưới chính quyền mới của Mỹ\n");
        output.ShouldContain("author: Nguyễn Hằng");
        output.ShouldContain("credit: YONHAP/TTXVN");
        output.ShouldContain("Phái viên hạt nhân Mỹ-Hàn gặp nhau giữa căng thẳng với Triều Tiên");
    }

    [Fact]
    public void Export_jsonl_writes_one_article_per_line_in_camel_case()
    {
        var (exit, output, _) = Run("export");

        exit.ShouldBe(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(5);
        using var first = JsonDocument.Parse(lines[2]);
        var root = first.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["id", "title", "lead", "sections", "author", "agency", "site", "url", "published", "links", "related", "metadata", "text", "raw"]);
        root.GetProperty("id").GetString().ShouldBe("002_27aa4dd25fd297e8");
        root.GetProperty("published").GetString().ShouldBe("2023-04-05T15:10:00+07:00");
        root.GetProperty("author").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("sections")[0].GetProperty("images")[0].GetProperty("credit").GetString().ShouldBe("Yonhap");
        root.GetProperty("raw").GetString().ShouldBe(Corpus.Seeds.Articles.Get("002_27aa4dd25fd297e8").Raw);
        lines[2].ShouldContain("Quan chức", Case.Sensitive);
    }

    [Fact]
    public void Export_json_writes_one_array_to_the_output_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"corpus-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, output, _) = Run("export", "--format", "json", "--output", file);

            exit.ShouldBe(0);
            output.ShouldBeEmpty();
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            document.RootElement.GetArrayLength().ShouldBe(5);
            document.RootElement[4].GetProperty("related")[0].GetProperty("group").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Parse_gives_the_same_json_as_export_for_a_seed_file()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "seeds", "001_f7c01001ed489c93.txt");

        var (exit, output, _) = Run("parse", seed);

        exit.ShouldBe(0);
        output.ShouldBe(Run("export").Output.Split('\n')[1] + "\n");
    }

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "frobnicate" }, 2)]
    [InlineData(new[] { "export", "--format", "xml" }, 2)]
    [InlineData(new[] { "export", "--output" }, 2)]
    [InlineData(new[] { "list", "extra" }, 2)]
    [InlineData(new[] { "parse" }, 2)]
    [InlineData(new[] { "show" }, 2)]
    [InlineData(new[] { "show", "no-such-id" }, 1)]
    [InlineData(new[] { "parse", "/no/such/file.txt" }, 1)]
    public void Bad_arguments_and_unreadable_files_give_one_line_on_stderr_and_a_non_zero_exit(string[] args, int expectedExit)
    {
        var (exit, output, error) = Run(args);

        exit.ShouldBe(expectedExit);
        output.ShouldBeEmpty();
        if (args.Length == 0)
        {
            error.ShouldContain("Usage:");
            return;
        }

        var lines = error.TrimEnd('\n').Split('\n');
        lines.ShouldAllBe(line => line.StartsWith("corpus: "));
        if (expectedExit == 2) lines[^1].ShouldContain("--help");
        else lines.ShouldHaveSingleItem();
    }

    [Fact]
    public void Parse_of_a_file_that_is_not_utf8_is_a_clear_error()
    {
        var file = Path.Combine(Path.GetTempPath(), $"corpus-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(file, [0x54, 0x69, 0xEA, 0x75, 0x20, 0xF0, 0x65]);
            var (exit, _, error) = Run("parse", file);

            exit.ShouldBe(1);
            error.ShouldContain("not valid UTF-8");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
