using System.IO.Compression;
using System.Text.RegularExpressions;
using Corpus.Package.Tests.Support;

namespace Corpus.Package.Tests;

/// <summary>
/// Packs the Corpus package into a local folder, creates a consumer in a temporary directory that references it
/// from there, declares article files, builds, runs it and checks the typed output.
/// </summary>
public sealed class PackageConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task A_fresh_consumer_gets_the_library_and_the_generator_from_one_package()
    {
        var repository = feed.Repository;
        var version = feed.Version;

        using (var archive = ZipFile.OpenRead(feed.PackagePath))
        {
            string[] expected =
            [
                "lib/netstandard2.0/Corpus.dll",
                "lib/net8.0/Corpus.dll",
                "analyzers/dotnet/cs/Corpus.Generator.dll",
                "tasks/netstandard2.0/Corpus.Tasks.dll",
                "tasks/net8.0/Corpus.Tasks.dll",
                "buildTransitive/Corpus.props",
                "buildTransitive/Corpus.targets",
            ];
            expected.ShouldBeSubsetOf(archive.Entries.Select(entry => entry.FullName));
        }

        var consumer = CreateConsumer(repository, version);
        var output = await feed.Dotnet(consumer, expectSuccess: true, "run", "--project", Path.Combine(consumer, "App", "App.csproj"));
        output.ShouldContain("count=3");
        output.ShouldContain("ids=[003_da9e1cc0bf8c5c72|plain story|tin; #hai 'x' số]");
        output.ShouldContain("property=Quan hệ Mỹ-Hàn Quốc sẽ tiếp tục duy trì chặt chẽ dưới chính quyền mới của Mỹ");
        output.ShouldContain("author=Nguyễn Hằng");
        output.ShouldContain("site=baotintuc.vn");
        output.ShouldContain("internal=True");

        // The same fixtures packed: the real MSBuild loads the task from the package and embeds the pack.
        var packed = await feed.Dotnet(consumer, expectSuccess: true, "run", "--project", Path.Combine(consumer, "App", "App.csproj"), "-p:CorpusStorage=Packed");
        packed.ShouldContain("count=3");
        packed.ShouldContain("ids=[003_da9e1cc0bf8c5c72|plain story|tin; #hai 'x' số]");
        packed.ShouldContain("author=Nguyễn Hằng");
        packed.ShouldContain("site=baotintuc.vn");
        packed.ShouldContain("packed=True");

        // MSBuild on .NET (this SDK's) loads the task's net8.0 build, whose character scans go by vectors.
        var taskAssembly = await feed.Dotnet(consumer, expectSuccess: true, "msbuild", Path.Combine(consumer, "App", "App.csproj"), "-getProperty:CorpusTasksAssembly");
        taskAssembly.Trim().Replace('\\', '/').ShouldEndWith("/tasks/net8.0/Corpus.Tasks.dll");

        // The real compiler decodes a Windows-1258 file with its legacy fallback; the generator must say so.
        var legacy = CreateLegacyConsumer(repository, consumer, version);
        var failed = await feed.Dotnet(consumer, expectSuccess: false, "build", legacy);
        var literalsError = Regex.Match(failed, @"legacy\.txt\((\d+,\d+)[^)]*\): error CORPUS003: .*?save the file as UTF-8");
        literalsError.Success.ShouldBeTrue(failed);

        // Packed, the task reads the file and says the same, located where the first invalid byte is.
        var failedPacked = await feed.Dotnet(consumer, expectSuccess: false, "build", legacy, "-p:CorpusStorage=Packed");
        var packedError = Regex.Match(failedPacked, @"legacy\.txt\((\d+,\d+)[^)]*\): error CORPUS003: .*?save the file as UTF-8");
        packedError.Success.ShouldBeTrue(failedPacked);
        (literalsError.Groups[1].Value, literalsError.Value.Substring(literalsError.Value.IndexOf(": error", StringComparison.Ordinal)))
            .ShouldBe((packedError.Groups[1].Value, packedError.Value.Substring(packedError.Value.IndexOf(": error", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Diagnostics_link_to_their_section_of_the_docs_inside_the_installed_package()
    {
        var app = feed.NewConsumer("help-links");
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{feed.Version}" />
                <CorpusArticle Include="empty.txt" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "empty.txt"), "");

        // The compiler's SARIF log carries each rule's help link, as an IDE shows it.
        await feed.Dotnet(app, expectSuccess: true, "build", "-p:ErrorLog=diagnostics.sarif%2Cversion=2.1");
        using var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "diagnostics.sarif")));
        var rule = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().Single(rule => rule.GetProperty("id").GetString() == "CORPUS001");
        var link = new Uri(rule.GetProperty("helpUri").GetString()!);

        link.IsFile.ShouldBeTrue(link.ToString());
        link.Fragment.ShouldBe("#corpus001");
        File.ReadAllText(link.LocalPath).ShouldContain("## CORPUS001");
        link.LocalPath.ShouldStartWith(Path.Combine(Path.GetDirectoryName(app)!, "packages"));

        // The pack task (Packed storage) links to the same page.
        var page = await feed.Dotnet(app, expectSuccess: true, "msbuild", "-getProperty:CorpusHelpPage");
        page.Trim().ShouldBe(link.LocalPath);
    }

    private static string CreateLegacyConsumer(string repository, string consumer, string version)
    {
        var directory = Path.Combine(consumer, "Legacy");
        Directory.CreateDirectory(directory);
        var seed = File.ReadAllText(Path.Combine(repository, "seeds", "002_27aa4dd25fd297e8.txt")).Normalize(System.Text.NormalizationForm.FormD);
        File.WriteAllBytes(Path.Combine(directory, "legacy.txt"), System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1258)!.GetBytes(seed));
        var project = Path.Combine(directory, "Legacy.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{version}" />
                <CorpusArticle Include="legacy.txt" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    private string CreateConsumer(string repository, string version)
    {
        var consumer = feed.NewConsumer("consumer");
        var articles = Path.Combine(consumer, "Fixtures", "articles");
        Directory.CreateDirectory(articles);
        Directory.CreateDirectory(Path.Combine(consumer, "App"));
        File.Copy(Path.Combine(repository, "seeds", "003_da9e1cc0bf8c5c72.txt"), Path.Combine(articles, "003_da9e1cc0bf8c5c72.txt"));
        File.Copy(Path.Combine(repository, "seeds", "004_e56ef27ba0c607c2.txt"), Path.Combine(articles, "ttxvn.txt"));
        File.WriteAllText(Path.Combine(articles, "plain story.txt"), "Một câu chuyện\n\nĐoạn văn duy nhất.\n");
        File.WriteAllText(Path.Combine(consumer, "Fixtures", "not-an-article.txt"), "Tệp này không phải bài báo\n");

        // A netstandard2.0 library on its default language version (C# 7.3), warnings as errors.
        File.WriteAllText(Path.Combine(consumer, "Fixtures", "Fixtures.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <CorpusNamespace>Consumer.Fixtures</CorpusNamespace>
                <CorpusClassName>News</CorpusClassName>
                <CorpusAccessibility>internal</CorpusAccessibility>
                <DefineConstants Condition="'$(CorpusStorage)' == 'Packed'">$(DefineConstants);PACKED</DefineConstants>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{version}" />
                <CorpusArticle Include="articles/*.txt" />
                <CorpusArticle Update="articles/ttxvn.txt" Id="tin; #hai 'x' số" PropertyName="TinSốHai" />
                <AdditionalFiles Include="not-an-article.txt" />
                <InternalsVisibleTo Include="App" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Fixtures", "Probe.cs"), """
            namespace Consumer.Fixtures
            {
                public static class Probe
                {
                    public static string Describe()
                    {
                        Corpus.Article article;
                        var found = News.TryGet("003_da9e1cc0bf8c5c72", out article);
                        return "count=" + News.All.Count
                            + "\nids=[" + string.Join("|", News.Ids) + "]"
            #if PACKED
                            + "\npacked=" + (News.Pack.Count == 3)
            #else
                            + "\nproperty=" + News.TinSốHai.Title
            #endif
                            + "\nauthor=" + News.Get("tin; #hai 'x' số").Author
                            + "\nsite=" + (found ? article.Site : "none")
                            + "\ninternal=" + !typeof(News).IsPublic;
                    }
                }
            }
            """);

        File.WriteAllText(Path.Combine(consumer, "App", "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Fixtures/Fixtures.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "App", "Program.cs"), "System.Console.WriteLine(Consumer.Fixtures.Probe.Describe());\n");
        return consumer;
    }
}
