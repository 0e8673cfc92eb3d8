using System.Diagnostics;
using System.IO.Compression;

namespace Corpus.Package.Tests;

/// <summary>
/// Packs the Corpus package into a local folder, creates a consumer in a temporary directory that references it
/// from there, declares article files, builds, runs it and checks the typed output.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("corpus-package-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_fresh_consumer_gets_the_library_and_the_generator_from_one_package()
    {
        var repository = RepositoryRoot();
        var version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        var feed = Path.Combine(_root, "feed");

        await Dotnet(repository, expectSuccess: true, "pack", Path.Combine(repository, "src", "Corpus", "Corpus.csproj"), "-c", "Release", "-o", feed, $"-p:Version={version}");

        var package = Path.Combine(feed, $"Corpus.{version}.nupkg");
        using (var archive = ZipFile.OpenRead(package))
        {
            string[] expected =
            [
                "lib/netstandard2.0/Corpus.dll",
                "analyzers/dotnet/cs/Corpus.Generator.dll",
                "tasks/netstandard2.0/Corpus.Tasks.dll",
                "buildTransitive/Corpus.props",
                "buildTransitive/Corpus.targets",
            ];
            expected.ShouldBeSubsetOf(archive.Entries.Select(entry => entry.FullName));
        }

        var consumer = CreateConsumer(repository, feed, version);
        var output = await Dotnet(consumer, expectSuccess: true, "run", "--project", Path.Combine(consumer, "App", "App.csproj"));

        output.ShouldContain("count=3");
        output.ShouldContain("ids=[003_da9e1cc0bf8c5c72|plain story|tin; #hai 'x' số]");
        output.ShouldContain("property=Quan hệ Mỹ-Hàn Quốc sẽ tiếp tục duy trì chặt chẽ dưới chính quyền mới của Mỹ");
        output.ShouldContain("author=Nguyễn Hằng");
        output.ShouldContain("site=baotintuc.vn");
        output.ShouldContain("internal=True");

        // The same fixtures packed: the real MSBuild loads the task from the package and embeds the pack.
        var packed = await Dotnet(consumer, expectSuccess: true, "run", "--project", Path.Combine(consumer, "App", "App.csproj"), "-p:CorpusStorage=Packed");
        packed.ShouldContain("count=3");
        packed.ShouldContain("ids=[003_da9e1cc0bf8c5c72|plain story|tin; #hai 'x' số]");
        packed.ShouldContain("author=Nguyễn Hằng");
        packed.ShouldContain("site=baotintuc.vn");
        packed.ShouldContain("packed=True");

        // The real compiler decodes a Windows-1258 file with its legacy fallback; the generator must say so.
        var legacy = CreateLegacyConsumer(repository, consumer, version);
        var failed = await Dotnet(consumer, expectSuccess: false, "build", legacy);
        failed.ShouldContain("CORPUS003");
        failed.ShouldContain("legacy.txt");

        // Packed, the task reads the file and says the same, located in the file.
        var failedPacked = await Dotnet(consumer, expectSuccess: false, "build", legacy, "-p:CorpusStorage=Packed");
        failedPacked.ShouldContain("legacy.txt(1,1): error CORPUS003");
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

    private string CreateConsumer(string repository, string feed, string version)
    {
        var consumer = Path.Combine(_root, "consumer");
        var articles = Path.Combine(consumer, "Fixtures", "articles");
        Directory.CreateDirectory(articles);
        Directory.CreateDirectory(Path.Combine(consumer, "App"));
        File.Copy(Path.Combine(repository, "seeds", "003_da9e1cc0bf8c5c72.txt"), Path.Combine(articles, "003_da9e1cc0bf8c5c72.txt"));
        File.Copy(Path.Combine(repository, "seeds", "004_e56ef27ba0c607c2.txt"), Path.Combine(articles, "ttxvn.txt"));
        File.WriteAllText(Path.Combine(articles, "plain story.txt"), "Một câu chuyện\n\nĐoạn văn duy nhất.\n");
        File.WriteAllText(Path.Combine(consumer, "Fixtures", "not-an-article.txt"), "Tệp này không phải bài báo\n");

        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

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

    private async Task<string> Dotnet(string workingDirectory, bool expectSuccess, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // The test host runs inside 'dotnet test': its MSBuild settings must not leak into the child builds.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var text = await output + await error;
        (process.ExitCode == 0).ShouldBe(expectSuccess, $"dotnet {string.Join(' ', arguments)} exited {process.ExitCode}:\n{text}");
        return text;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"No Corpus.sln above {AppContext.BaseDirectory}.");
    }
}
