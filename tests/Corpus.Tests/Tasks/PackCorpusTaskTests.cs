extern alias TasksAssembly;

using System.Collections;
using System.Text;
using Corpus.Tests.Support;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PackCorpus = TasksAssembly::Corpus.Tasks.PackCorpus;

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
    public void Errors_link_to_their_section_of_the_package_docs()
    {
        var page = Path.Combine(_root, "docs", "diagnostics.md");

        new PackCorpus { BuildEngine = _engine, Articles = [new TaskItem(Path.Combine(_root, "missing.txt"))], OutputFile = Output, HelpPage = page }
            .Execute().ShouldBeFalse();

        _engine.Events.OfType<BuildErrorEventArgs>().ShouldHaveSingleItem().HelpLink.ShouldBe(new Uri(page).AbsoluteUri + "#corpus009");
    }

    [Fact]
    public void Two_files_with_one_id_are_an_error_naming_both()
    {
        var first = Write("a/same.txt", Encoding.UTF8.GetBytes("Một\n\nHai.\n"));
        var second = Write("b/same.txt", Encoding.UTF8.GetBytes("Ba\n\nBốn.\n"));

        Run(new TaskItem(first), new TaskItem(second)).ShouldBeFalse();

        var error = _engine.Events.OfType<BuildErrorEventArgs>().ShouldHaveSingleItem();
        error.Code.ShouldBe("CORPUS004");
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

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
            // Progress messages are not what these tests check.
        }

        public void LogCustomEvent(CustomBuildEventArgs e) => Events.Add(e);

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
            throw new NotSupportedException();
    }
}
