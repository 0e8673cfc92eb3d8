extern alias TasksAssembly;

using System.Collections;
using System.Text;
using Corpus.Tests.Support;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ChooseCorpusStorage = TasksAssembly::Corpus.Tasks.ChooseCorpusStorage;
using PackCorpus = TasksAssembly::Corpus.Tasks.PackCorpus;
using PackNames = TasksAssembly::Corpus.Packing.PackNames;
using ReportNoArticles = TasksAssembly::Corpus.Tasks.ReportNoArticles;

namespace Corpus.Tests.Tasks;

/// <summary>The MSBuild task behind CorpusStorage=Packed, run against a recording build engine.</summary>
public sealed class PackCorpusTaskTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("corpus-task-").FullName;
    private readonly RecordingEngine _engine = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Output => Path.Combine(_root, "obj", "Corpus.pack");

    [Fact]
    public void Seeds_pack_into_a_corpus_equal_to_their_run_time_parse_with_nothing_reported()
    {
        var items = Seeds.Files.Select(path => new TaskItem(path)).ToArray<ITaskItem>();

        Run(items).ShouldBeTrue();

        _engine.Events.ShouldBeEmpty();
        var corpus = PackedCorpus.FromBytes(File.ReadAllBytes(Output));
        corpus.ShouldBe(Seeds.Files.Select(ArticleParser.ParseFile).OrderBy(a => a.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void Beside_the_pack_a_names_file_lists_each_packed_article_in_pack_order_and_goes_with_a_failed_pack()
    {
        var names = Path.Combine(_root, "obj", "Corpus.pack.names");
        var first = Write("b.txt", Encoding.UTF8.GetBytes("Tin\tthứ hai %\n\nĐoạn.\n"));
        var second = new TaskItem(Write("a.txt", Encoding.UTF8.GetBytes("Tin thứ nhất\n\nĐoạn.\n")));
        second.SetMetadata("PropertyName", "First");

        new PackCorpus { BuildEngine = _engine, Articles = [new TaskItem(first), second], OutputFile = Output, NamesFile = names }.Execute().ShouldBeTrue();

        var entries = PackNames.Parse(File.ReadAllText(names)).ShouldNotBeNull();
        entries.Select(entry => (entry.Id, entry.PropertyName, entry.Title)).ShouldBe([("a", "First", "Tin thứ nhất"), ("b", null, "Tin thứ hai %")]);
        entries[1].FilePath.ShouldBe(first);
        PackedCorpus.FromBytes(File.ReadAllBytes(Output)).Ids.ShouldBe(entries.Select(entry => entry.Id));

        new PackCorpus { BuildEngine = _engine, Articles = [new TaskItem(Path.Combine(_root, "gone.txt"))], OutputFile = Output, NamesFile = names }.Execute().ShouldBeFalse();
        File.Exists(names).ShouldBeFalse();
    }

    [Fact]
    public void After_an_edit_only_the_changed_file_is_parsed_and_the_pack_is_the_one_a_full_pack_gives()
    {
        var cache = Path.Combine(_root, "obj", "Corpus.pack.cache");
        var files = Enumerable.Range(0, 6).Select(i => Write($"inc/{i}.txt", Encoding.UTF8.GetBytes($"Tin số {i}\n\nĐoạn văn {i}.\n"))).ToList();
        var dated = Write("inc/dated.txt", Encoding.UTF8.GetBytes("Tin có ngày\n\n(TTXVN)| 31/02/2024 10:00\n\nĐoạn.\n"));
        files.Add(dated);
        bool Pack(string? cacheFile = null, string? output = null) =>
            new PackCorpus { BuildEngine = _engine, Articles = [.. files.Select(path => new TaskItem(path))], OutputFile = output ?? Output, CacheFile = cacheFile ?? cache }.Execute();
        string Summary() => _engine.Messages.Last(message => message.StartsWith("Corpus: packed", StringComparison.Ordinal));

        Pack().ShouldBeTrue();
        Summary().ShouldContain("(7 parsed, 0 unchanged since the previous pack)");

        File.WriteAllText(files[2], "Tin số 2, đã sửa\n\nĐoạn văn mới.\n");
        _engine.Events.Clear();
        Pack().ShouldBeTrue();

        Summary().ShouldContain("(1 parsed, 6 unchanged since the previous pack)");
        var warning = _engine.Events.OfType<BuildWarningEventArgs>().ShouldHaveSingleItem("an unchanged file's warning is reported again");
        (warning.Code, warning.File, warning.LineNumber).ShouldBe(("CORPUS006", dated, 3));
        var fresh = Path.Combine(_root, "fresh", "Corpus.pack");
        Pack(Path.Combine(_root, "fresh", "none.cache"), fresh).ShouldBeTrue();
        File.ReadAllBytes(Output).ShouldBe(File.ReadAllBytes(fresh), "reused articles make the same pack as parsing every file");
        PackedCorpus.FromBytes(File.ReadAllBytes(Output)).Get("2").Title.ShouldBe("Tin số 2, đã sửa");

        // Saved again with the same bytes: a new time, so the file is read, and its hash says it has not changed.
        File.SetLastWriteTimeUtc(files[4], DateTime.UtcNow.AddMinutes(1));
        _engine.Events.Clear();
        Pack().ShouldBeTrue();
        Summary().ShouldContain("(0 parsed, 7 unchanged since the previous pack)");

        // Replaced by an older copy of the same length: the time differs, so the content is read and decides.
        var before = File.GetLastWriteTimeUtc(files[3]);
        File.WriteAllText(files[3], "Tin số 3\n\nĐoạn văn X.\n");
        File.SetLastWriteTimeUtc(files[3], before.AddDays(-1));
        _engine.Events.Clear();
        Pack().ShouldBeTrue();
        Summary().ShouldContain("(1 parsed, 6 unchanged since the previous pack)");
        PackedCorpus.FromBytes(File.ReadAllBytes(Output)).Get("3").Paragraphs.ShouldBe(["Đoạn văn X."]);
        Pack(Path.Combine(_root, "fresh", "none2.cache"), fresh).ShouldBeTrue();
        File.ReadAllBytes(Output).ShouldBe(File.ReadAllBytes(fresh), "copied articles make the same pack as parsing every file");
    }

    [Fact]
    public void Other_rules_or_a_damaged_cache_mean_every_file_is_parsed_again()
    {
        var cache = Path.Combine(_root, "obj", "Corpus.pack.cache");
        var page = Write("r/a.txt", Encoding.UTF8.GetBytes("Tin\n\nĐoạn văn.\nQuảng cáo: mua ngay\n"));
        var rules = Write("r/corpus.rules.json", Encoding.UTF8.GetBytes("""{ "rules": [ { "name": "ads", "kind": "chrome", "pattern": "Quảng cáo: .*" } ] }"""));
        bool Pack(params ITaskItem[] ruleFiles) =>
            new PackCorpus { BuildEngine = _engine, Articles = [new TaskItem(page)], Rules = ruleFiles, OutputFile = Output, CacheFile = cache }.Execute();

        Pack().ShouldBeTrue();
        Pack(new TaskItem(rules)).ShouldBeTrue();
        PackedCorpus.FromBytes(File.ReadAllBytes(Output)).Single().Text.ShouldBe("Đoạn văn.", "the new rule applied");

        File.WriteAllBytes(cache, [1, 2, 3]);
        _engine.Events.Clear();
        Pack(new TaskItem(rules)).ShouldBeTrue();
        _engine.Messages.Last().ShouldContain("(1 parsed, 0 unchanged");
    }

    [Fact]
    public void Every_diagnostic_text_can_be_found_by_its_id()
    {
        var texts = typeof(PackCorpus).Assembly.GetType("Corpus.Diagnostics.DiagnosticTexts", throwOnError: true)!;
        var all = texts.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.FieldType.Name == "DiagnosticText")
            .Select(field => field.GetValue(null)!)
            .ToList();
        var byId = texts.GetMethod("ById")!;

        all.Count.ShouldBeGreaterThanOrEqualTo(16);
        foreach (var text in all)
        {
            var id = (string)text.GetType().GetProperty("Id")!.GetValue(text)!;
            byId.Invoke(null, [id]).ShouldBeSameAs(text);
        }
    }

    [Fact]
    public void Names_file_fields_carry_tabs_line_breaks_and_percent_signs()
    {
        var entry = new PackNames.Entry("/a/%09 b\t.txt", "id;\r\n#2", "Name", "50%0A\tx");

        var back = PackNames.Parse(PackNames.Format([entry, entry])).ShouldNotBeNull();

        back.Count.ShouldBe(2);
        (back[1].FilePath, back[1].Id, back[1].PropertyName, back[1].Title).ShouldBe((entry.FilePath, entry.Id, entry.PropertyName, entry.Title));
        PackNames.Parse("only\ttwo\n").ShouldBeNull();
    }

    [Theory]
    [InlineData(200, 100, "Literals")]
    [InlineData(201, 100, "Packed")]
    [InlineData(3, 1_000_001, "Packed")]
    [InlineData(3, 1_000_000, "Literals")]
    public void Auto_storage_packs_a_corpus_past_the_article_count_or_the_byte_size(int articles, int bytesEach, string expected)
    {
        var items = Enumerable.Range(0, articles).Select(i => (ITaskItem)new TaskItem(Write($"auto/{i}.txt", new byte[bytesEach]))).ToArray();
        var task = new ChooseCorpusStorage { BuildEngine = _engine, Articles = items };

        task.Execute().ShouldBeTrue();

        task.Storage.ShouldBe(expected);
        ChooseCorpusStorage.MaxLiteralArticles.ShouldBe(200);
        ChooseCorpusStorage.MaxLiteralBytes.ShouldBe(3_000_000);
    }

    [Fact]
    public void Id_metadata_overrides_the_file_name_and_a_bom_is_not_text()
    {
        var path = Write("story.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Tiêu đề\n\nĐoạn văn.\n")]);

        Run(new TaskItem(path, new Dictionary<string, string> { ["Id"] = "tin; #một" })).ShouldBeTrue();

        var article = PackedCorpus.FromBytes(File.ReadAllBytes(Output)).ShouldHaveSingleItem();
        article.Id.ShouldBe("tin; #một");
        article.Raw.ShouldBe("Tiêu đề\n\nĐoạn văn.\n");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void A_byte_order_mark_names_the_encoding_as_it_does_for_the_compiler(string name)
    {
        const string text = "Tiêu đề\n\nĐoạn văn 😀.\n";
        var encoding = Encoding.GetEncoding(name);
        var path = Write("marked.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        Run(new TaskItem(path)).ShouldBeTrue();

        _engine.Events.ShouldBeEmpty();
        PackedCorpus.FromBytes(File.ReadAllBytes(Output)).ShouldHaveSingleItem().ShouldBe(ArticleParser.Parse("marked", text));
    }

    [Fact]
    public void Warnings_are_located_in_the_file_and_the_article_is_still_packed()
    {
        var path = Write("dated.txt", Encoding.UTF8.GetBytes("Tiêu đề\n\n(TTXVN)| 31/02/2024 10:00\n\nĐoạn văn.\n"));

        Run(new TaskItem(path)).ShouldBeTrue();

        var warning = _engine.Events.OfType<BuildWarningEventArgs>().ShouldHaveSingleItem();
        (warning.Code, warning.File, warning.LineNumber).ShouldBe(("CORPUS006", path, 3));
        warning.Message!.ShouldContain("31/02/2024");
        PackedCorpus.FromBytes(File.ReadAllBytes(Output)).Count.ShouldBe(1);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error_and_no_pack_is_written()
    {
        var seed = File.ReadAllText(Seeds.Files[2]).Normalize(NormalizationForm.FormD);
        var legacy = Write("legacy.txt", CodePagesEncodingProvider.Instance.GetEncoding(1258)!.GetBytes(seed));

        Run(new TaskItem(legacy), new TaskItem(Seeds.Files[0])).ShouldBeFalse();

        var error = _engine.Events.OfType<BuildErrorEventArgs>().ShouldHaveSingleItem();
        (error.Code, error.File).ShouldBe(("CORPUS003", legacy));
        error.Message!.ShouldContain("save the file as UTF-8");
        File.Exists(Output).ShouldBeFalse();
    }

    [Fact]
    public void No_articles_is_CORPUS017_with_its_shared_text_at_the_project_file()
    {
        var project = Path.Combine(_root, "App.csproj");
        var page = Path.Combine(_root, "docs", "diagnostics.md");

        new ReportNoArticles { BuildEngine = _engine, ProjectFile = project, HelpPage = page }.Execute().ShouldBeTrue();

        var warning = _engine.Events.OfType<BuildWarningEventArgs>().ShouldHaveSingleItem();
        (warning.Code, warning.File, warning.LineNumber).ShouldBe(("CORPUS017", project, 1));
        warning.Message.ShouldBe(TasksAssembly::Corpus.Diagnostics.DiagnosticTexts.NoArticles.Format);
        warning.HelpLink.ShouldBe(new Uri(page).AbsoluteUri + "#corpus017");
    }

    [Fact]
    public void Errors_link_to_their_section_of_the_package_docs()
    {
        var page = Path.Combine(_root, "docs", "diagnostics.md");

        new PackCorpus { BuildEngine = _engine, Articles = [new TaskItem(Path.Combine(_root, "missing.txt"))], OutputFile = Output, HelpPage = page }
            .Execute().ShouldBeFalse();

        _engine.Events.OfType<BuildErrorEventArgs>().ShouldHaveSingleItem().HelpLink.ShouldBe(new Uri(page).AbsoluteUri + "#corpus009");
    }

    [Fact]
    public void Two_files_with_one_id_are_an_error_at_the_later_path_naming_both()
    {
        var first = Write("a/same.txt", Encoding.UTF8.GetBytes("Một\n\nHai.\n"));
        var second = Write("b/same.txt", Encoding.UTF8.GetBytes("Ba\n\nBốn.\n"));

        // Listed in reverse: the generator and the command line keep the first path in ordinal order, so does the task.
        Run(new TaskItem(second), new TaskItem(first)).ShouldBeFalse();

        var error = _engine.Events.OfType<BuildErrorEventArgs>().ShouldHaveSingleItem();
        (error.Code, error.File).ShouldBe(("CORPUS004", second));
        error.Message!.ShouldContain(first);
        error.Message!.ShouldContain(second);
        File.Exists(Output).ShouldBeFalse();
    }

    [Fact]
    public void A_missing_file_is_an_error_and_an_empty_item_list_packs_an_empty_corpus()
    {
        Run(new TaskItem(Path.Combine(_root, "missing.txt"))).ShouldBeFalse();
        _engine.Events.OfType<BuildErrorEventArgs>().ShouldHaveSingleItem().Code.ShouldBe("CORPUS009");

        Run().ShouldBeTrue();
        PackedCorpus.FromBytes(File.ReadAllBytes(Output)).Count.ShouldBe(0);
    }

    private bool Run(params ITaskItem[] articles) =>
        new PackCorpus { BuildEngine = _engine, Articles = articles, OutputFile = Output }.Execute();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private sealed class RecordingEngine : IBuildEngine
    {
        public List<BuildEventArgs> Events { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public void LogErrorEvent(BuildErrorEventArgs e) => Events.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Events.Add(e);

        /// <summary>Messages, kept apart: most tests check that nothing was reported.</summary>
        public List<string> Messages { get; } = [];

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message!);

        public void LogCustomEvent(CustomBuildEventArgs e) => Events.Add(e);

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
            throw new NotSupportedException();
    }
}
