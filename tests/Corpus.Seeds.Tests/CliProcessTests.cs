using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;

namespace Corpus.Seeds.Tests;

/// <summary>The corpus command run as a process, on a folder of pages written here, as a user would run it.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Page(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> Corpus(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Corpus.Cli.dll"));
        foreach (var argument in args) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Version_and_help_say_what_the_tool_is_and_what_the_default_corpus_is()
    {
        var version = await Corpus("--version");
        version.Exit.ShouldBe(0);
        version.Output.ShouldStartWith("0.1.0");

        var help = await Corpus("list", "--help");
        help.Output.ShouldContain("--dir");
        help.Output.ShouldContain("five seed pages compiled into this tool");
    }

    [Fact]
    public async Task List_reads_a_folder_and_reports_each_files_problems_as_the_build_does()
    {
        Page("a/tin-mot.txt", "Tin thứ nhất\n\nĐoạn văn của tin thứ nhất.\n");
        var empty = Page("b/rong.txt", "   \n");
        var badDate = Page("ngay-sai.txt", "Tin có ngày sai\n(TTXVN)| 31/02/2024 10:00\nĐoạn văn.\n");

        var (exit, output, error) = await Corpus("list", "--dir", _folder);

        exit.ShouldBe(0);
        output.Split('\n').ShouldContain(line => line.StartsWith("tin-mot ") && line.Contains("Tin thứ nhất"));
        output.ShouldContain("ngay-sai");
        error.ShouldContain($"{empty}(1,1): warning CORPUS001:");
        error.ShouldContain($"{badDate}(2,1): warning CORPUS006:");

        (await Corpus("list", "--dir", _folder, "--strict")).Exit.ShouldBe(1);
    }

    [Fact]
    public async Task A_binary_file_an_invalid_utf8_file_and_a_duplicate_id_are_left_out_with_the_builds_diagnostics()
    {
        Page("tot.txt", "Tin tốt\n\nĐoạn văn.\n");
        var binary = Path.Combine(_folder, "nhi-phan.txt");
        File.WriteAllBytes(binary, Enumerable.Range(0, 256).Select(i => (byte)(i % 32)).ToArray());
        var invalid = Path.Combine(_folder, "sai-ma.txt");
        File.WriteAllBytes(invalid, [.. Encoding.UTF8.GetBytes("Tin sai mã\n"), 0xC3, 0x28, (byte)'\n']);
        Page("khac/tot.txt", "Tin trùng id\n\nĐoạn.\n");

        var (exit, output, error) = await Corpus("export", "--dir", _folder);

        exit.ShouldBe(1);
        output.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("\"id\":\"tot\"", Case.Sensitive, "the first of two files with one id, in path order, as in the build");
        error.ShouldContain($"{binary}(1,1): error CORPUS011:");
        error.ShouldContain($"{invalid}(2,1): error CORPUS003:");
        error.ShouldContain("error CORPUS004:");
    }

    [Fact]
    public async Task Show_takes_a_file_and_says_clearly_what_is_wrong_with_a_folder_or_a_missing_file()
    {
        var file = Page("bai.txt", "Tiêu đề bài\n\nĐoạn văn của bài.\nMinh Khoa\n");

        var shown = await Corpus("show", file);
        shown.Exit.ShouldBe(0);
        shown.Output.ShouldStartWith("Tiêu đề bài\n");
        shown.Output.ShouldContain("author: Minh Khoa");

        var folder = await Corpus("show", _folder);
        folder.Exit.ShouldBe(1);
        folder.Error.ShouldContain("is a folder");

        var missing = await Corpus("show", Path.Combine(_folder, "khong-co.txt"));
        missing.Exit.ShouldBe(1);
        missing.Error.ShouldContain("no article with id");
        (await Corpus("list", "--dir", file)).Error.ShouldContain("is a file; --dir takes a folder");
    }

    [Fact]
    public async Task Explain_and_parse_read_by_a_rules_file_and_a_bad_rules_file_is_located()
    {
        var page = Page("bai.txt", "Tiêu đề bài\nĐoạn văn.\nQuảng cáo: mua ngay\n");
        var rules = Page("corpus.rules.json", """{ "rules": [ { "name": "ads", "kind": "chrome", "pattern": "Quảng cáo: .*" } ] }""");

        var explained = await Corpus("explain", page, "--rules", rules);
        explained.Exit.ShouldBe(0);
        explained.Output.Split('\n').ShouldContain(line => line.Contains("Chrome") && line.Contains("ads") && line.Contains("Quảng cáo: mua ngay"));
        explained.Output.ShouldContain("headline");

        var parsed = await Corpus("parse", page, "--rules", rules);
        JsonDocument.Parse(parsed.Output).RootElement.GetProperty("text").GetString().ShouldBe("Đoạn văn.");

        var bad = Page("bad.rules.json", "{ \"rules\": [ { \"name\": \"x\", \"kind\": \"nope\", \"pattern\": \"a\" } ] }");
        var failed = await Corpus("parse", page, "--rules", bad);
        failed.Exit.ShouldBe(1);
        failed.Error.ShouldContain($"{bad}(1,37): error CORPUS014: Rules file '{bad}' is not valid: rule 'x': 'kind' is one of");
        JsonDocument.Parse(failed.Output).RootElement.GetProperty("title").GetString().ShouldBe("Tiêu đề bài", "read with the built-in rules, as the build does");
    }

    [Fact]
    public async Task Rules_lists_the_built_in_rules_and_prints_the_schema()
    {
        var listed = await Corpus("rules");
        listed.Output.ShouldContain("byline-bare");
        listed.Output.ShouldContain("caption-with-credit");

        var schema = await Corpus("rules", "--schema");
        JsonDocument.Parse(schema.Output).RootElement.GetProperty("title").GetString().ShouldBe("Corpus rules file");
    }

    [Fact]
    public async Task Sentences_prints_one_sentence_per_line()
    {
        var page = Page("bai.txt", "Tiêu đề\nÔng A đến TP.HCM lúc 9 giờ. Giá là 5.000 đồng! Bà B nói: \"Tốt.\" Hết.\n");

        var (exit, output, _) = await Corpus("sentences", page);

        exit.ShouldBe(0);
        output.ShouldBe("Ông A đến TP.HCM lúc 9 giờ.\nGiá là 5.000 đồng!\nBà B nói: \"Tốt.\"\nHết.\n");
    }

    [Fact]
    public async Task Parquet_export_carries_the_same_data_as_json_and_duckdb_reads_it()
    {
        var parquet = Path.Combine(_folder, "corpus.parquet");

        var exported = await Corpus("export", "--format", "parquet", "--output", parquet);
        exported.Exit.ShouldBe(0);
        var json = (await Corpus("export")).Output.Trim().Split('\n').Select(line => JsonDocument.Parse(line).RootElement).ToList();

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, title, author, site, published, publishedOffsetMinutes, len(sections), sections[1].images[1].credit,
                   len(related), related[1].title, text, raw
            FROM read_parquet('{parquet.Replace("'", "''")}') ORDER BY id
            """;
        using var reader = command.ExecuteReader();
        var row = 0;
        while (reader.Read())
        {
            var expected = json[row++];
            reader.GetString(0).ShouldBe(expected.GetProperty("id").GetString());
            reader.GetString(1).ShouldBe(expected.GetProperty("title").GetString());
            (reader.IsDBNull(2) ? null : reader.GetString(2)).ShouldBe(expected.GetProperty("author").GetString());
            (reader.IsDBNull(3) ? null : reader.GetString(3)).ShouldBe(expected.GetProperty("site").GetString());
            if (expected.GetProperty("published").ValueKind == JsonValueKind.Null)
            {
                reader.IsDBNull(4).ShouldBeTrue();
            }
            else
            {
                var published = expected.GetProperty("published").GetDateTimeOffset();
                new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc)).ShouldBe(published);
                reader.GetInt32(5).ShouldBe((int)published.Offset.TotalMinutes);
            }

            Convert.ToInt32(reader.GetValue(6)).ShouldBe(expected.GetProperty("sections").GetArrayLength());
            var images = expected.GetProperty("sections")[0].GetProperty("images");
            (reader.IsDBNull(7) ? null : reader.GetString(7)).ShouldBe(images.GetArrayLength() > 0 ? images[0].GetProperty("credit").GetString() : null);
            Convert.ToInt32(reader.GetValue(8)).ShouldBe(expected.GetProperty("related").GetArrayLength());
            var related = expected.GetProperty("related");
            (reader.IsDBNull(9) ? null : reader.GetString(9)).ShouldBe(related.GetArrayLength() > 0 ? related[0].GetProperty("title").GetString() : null);
            reader.GetString(10).ShouldBe(expected.GetProperty("text").GetString());
            reader.GetString(11).ShouldBe(expected.GetProperty("raw").GetString());
        }

        row.ShouldBe(5);
    }
}
