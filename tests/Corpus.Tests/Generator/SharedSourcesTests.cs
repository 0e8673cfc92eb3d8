using System.Xml.Linq;
using Corpus.Tests.Support;

namespace Corpus.Tests.Generator;

/// <summary>
/// The generator and the pack task compile the library's model and parse layer in from one list,
/// src/Shared/SharedSources.props, file by file: a file added to those folders must be listed, or the build-time
/// copies would silently differ from Corpus.dll.
/// </summary>
public sealed class SharedSourcesTests
{
    private static readonly string Src = Path.Combine(RepositoryRoot.Path, "src");

    [Fact]
    public void Every_model_parsing_and_shared_file_is_listed_once_and_every_listed_file_exists()
    {
        var props = XDocument.Load(Path.Combine(Src, "Shared", "SharedSources.props"));
        var listed = props.Descendants().Where(e => e.Name.LocalName == "Compile")
            .Select(e => Path.GetFullPath(Path.Combine(Src, "Shared", e.Attribute("Include")!.Value.Replace("$(MSBuildThisFileDirectory)", "").Replace('\\', '/'))))
            .ToList();
        var expected = new[] { Path.Combine(Src, "Corpus", "Model"), Path.Combine(Src, "Corpus", "Parsing"), Path.Combine(Src, "Shared") }
            .SelectMany(folder => Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => Path.GetFileName(file) != "ArticleParser.cs")
            .Select(Path.GetFullPath);

        listed.ShouldBeUnique();
        listed.Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Corpus.Generator")]
    [InlineData("Corpus.Tasks")]
    public void The_generator_and_the_task_take_them_from_that_list(string project)
    {
        var text = File.ReadAllText(Path.Combine(Src, project, project + ".csproj"));

        text.ShouldContain(@"<Import Project=""..\Shared\SharedSources.props"" />");
        text.ShouldNotContain("**");
    }
}
