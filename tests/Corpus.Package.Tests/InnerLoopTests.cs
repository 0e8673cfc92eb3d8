using System.Text;
using Corpus.Package.Tests.Support;

namespace Corpus.Package.Tests;

/// <summary>
/// A developer's inner loop against the packed package with the real MSBuild: every change to the files or the
/// items between two plain <c>dotnet build</c>s must give exactly the corpus on disk, in either storage.
/// </summary>
public sealed class InnerLoopTests(PackageFeed feed)
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("Packed")]
    [InlineData("Literals")]
    public async Task Every_build_gives_the_corpus_on_disk(string storage)
    {
        var app = CreateApp(storage);
        await feed.Dotnet(app, expectSuccess: true, "restore");
        Write(app, "a", "Tin A");
        Write(app, "b", "Tin B");
        Write(app, "c", "Tin C");
        (await BuildAndRun(app)).ShouldBe("a=Tin A|b=Tin B|c=Tin C");

        if (storage == "Packed")
        {
            var unchanged = await feed.Dotnet(app, expectSuccess: true, "build", "--no-restore", "-v:n");
            unchanged.ShouldContain("Skipping target \"CorpusPackArticles\"", customMessage: "a build with nothing changed does no pack work");
            unchanged.ShouldContain("Skipping target \"CoreCompile\"");

            // Saved again unchanged: the task runs (its cache copies the article), the pack stays, the compiler does not run.
            File.SetLastWriteTimeUtc(Path.Combine(app, "articles", "a.txt"), DateTime.UtcNow);
            var touched = await feed.Dotnet(app, expectSuccess: true, "build", "--no-restore", "-v:n");
            touched.ShouldContain("(0 parsed, 3 unchanged since the previous pack)");
            touched.ShouldContain("Skipping target \"CoreCompile\"");
        }

        File.Delete(Path.Combine(app, "articles", "b.txt"));
        (await BuildAndRun(app)).ShouldBe("a=Tin A|c=Tin C", "a deleted file is gone");

        File.Move(Path.Combine(app, "articles", "c.txt"), Path.Combine(app, "articles", "d.txt"));
        (await BuildAndRun(app)).ShouldBe("a=Tin A|d=Tin C", "a renamed file has its new id only");

        Write(app, "e", "Tin E");
        File.SetLastWriteTimeUtc(Path.Combine(app, "articles", "e.txt"), LongAgo);
        (await BuildAndRun(app)).ShouldBe("a=Tin A|d=Tin C|e=Tin E", "a file copied in with an old timestamp is found");

        // Replaced by an older copy (cp -p, an archive extracted again): no input is newer than the last build's outputs.
        Write(app, "a", "Tin A cũ");
        File.SetLastWriteTimeUtc(Path.Combine(app, "articles", "a.txt"), LongAgo.AddDays(-1));
        (await BuildAndRun(app)).ShouldBe("a=Tin A cũ|d=Tin C|e=Tin E", "a file replaced by an older copy is read again");

        Write(app, "a", "Tin A");
        (await BuildAndRun(app, "-p:FirstId=alpha")).ShouldBe("alpha=Tin A|d=Tin C|e=Tin E", "an Id set through a property applies");
        (await BuildAndRun(app, "-p:FirstId=beta")).ShouldBe("beta=Tin A|d=Tin C|e=Tin E", "a changed property applies");

        File.WriteAllBytes(Path.Combine(app, "articles", "d.txt"), [.. Encoding.UTF8.GetBytes("Tin D\n"), 0xC3, 0x28, (byte)'\n']);
        var failed = await feed.Dotnet(app, expectSuccess: false, "build", "--no-restore");
        failed.ShouldContain("CORPUS003");
        File.Delete(Path.Combine(app, "articles", "d.txt"));
        (await BuildAndRun(app)).ShouldBe("a=Tin A|e=Tin E", "fixing an error by deleting the file leaves no old text behind");

        // An executable listed as an article: the compiler would reject it (CS2015); every path says CORPUS011.
        var executable = Path.Combine(app, "articles", "g.txt");
        File.WriteAllBytes(executable, [0x7F, .. "ELF"u8, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0]);
        var binary = await feed.Dotnet(app, expectSuccess: false, "build", "--no-restore");
        binary.ShouldContain("g.txt(1,1): error CORPUS011");
        binary.ShouldNotContain("CS2015");
        binary.ShouldNotContain("CORPUS009");
        File.Delete(executable);

        var other = storage == "Packed" ? "Literals" : "Packed";
        Write(app, "f", "Tin F");
        (await BuildAndRun(app, $"-p:CorpusStorage={other}")).ShouldBe("a=Tin A|e=Tin E|f=Tin F", "switching storage");
        File.Delete(Path.Combine(app, "articles", "f.txt"));
        Write(app, "e", "Tin E sửa");
        File.SetLastWriteTimeUtc(Path.Combine(app, "articles", "e.txt"), LongAgo);
        (await BuildAndRun(app, $"-p:CorpusStorage={other}")).ShouldBe("a=Tin A|e=Tin E sửa");
        (await BuildAndRun(app)).ShouldBe("a=Tin A|e=Tin E sửa", "switching back after changes made in the other storage");

        foreach (var file in Directory.GetFiles(Path.Combine(app, "articles"))) File.Delete(file);
        var empty = await feed.Dotnet(app, expectSuccess: true, "build", "--no-restore");
        empty.ShouldContain("App.csproj(1,1): warning CORPUS017: The project has no CorpusArticle items");
    }

    [Fact]
    public async Task Properties_are_named_alike_in_both_storages_and_Auto_packs_a_corpus_past_its_threshold()
    {
        var app = feed.NewConsumer("names");
        Directory.CreateDirectory(Path.Combine(app, "articles"));
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{feed.Version}" />
                <CorpusArticle Include="articles/*.txt" />
                <CorpusArticle Update="articles/b.txt" PropertyName="Chosen" />
              </ItemGroup>
            </Project>
            """);
        // Compiled against the properties, so a storage that dropped them would fail the build (CS0117).
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            var type = typeof(App.Articles);
            var properties = System.Linq.Enumerable.Count(type.GetProperties(), p => p.PropertyType == typeof(Corpus.Article));
            System.Console.WriteLine($"{(type.GetProperty("Pack") is null ? "Literals" : "Packed")} {properties} {App.Articles.TinA.Id} {App.Articles.Chosen.Id}");
            """);
        Write(app, "a", "Tin A");
        Write(app, "b", "Tin B");
        await feed.Dotnet(app, expectSuccess: true, "restore");

        (await BuildAndRun(app)).ShouldBe("Literals 2 a b", "Auto keeps a small corpus as literals");
        (await BuildAndRun(app, "-p:CorpusStorage=Packed")).ShouldBe("Packed 2 a b", "packed articles get the same properties");

        for (var i = 0; i < 200; i++) Write(app, $"z{i:D3}", $"Tin Z {i}");
        var output = await feed.Dotnet(app, expectSuccess: true, "build", "--no-restore", "-v:n");
        output.ShouldContain("Corpus: 202 articles");
        output.ShouldContain("CorpusStorage=Auto picks Packed");
        (await BuildAndRun(app)).ShouldBe("Packed 202 a b", "Auto packs a corpus past 200 articles, names and all");

        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            System.Console.WriteLine(App.Articles.Z007.Title + "|" + App.Articles.A.Title);
            """);
        Write(app, "z007", "Tin Z bảy, đã sửa");
        (await BuildAndRun(app, "-p:CorpusPropertyNames=Id")).ShouldBe("Tin Z bảy, đã sửa|Tin A", "names from ids do not follow the headline");
    }

    private async Task<string> BuildAndRun(string app, params string[] properties)
    {
        await feed.Dotnet(app, expectSuccess: true, ["build", "--no-restore", .. properties]);
        var output = await feed.Dotnet(app, expectSuccess: true, "exec", Path.Combine(app, "bin", "Debug", "net10.0", "App.dll"));
        return output.Trim();
    }

    private static void Write(string app, string name, string title) =>
        File.WriteAllText(Path.Combine(app, "articles", name + ".txt"), $"{title}\n\nMột đoạn văn của {name}.\n");

    private string CreateApp(string storage)
    {
        var app = feed.NewConsumer("inner-loop-" + storage);
        Directory.CreateDirectory(Path.Combine(app, "articles"));
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <CorpusStorage>{storage}</CorpusStorage>
                <FirstId Condition="'$(FirstId)' == ''">a</FirstId>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{feed.Version}" />
                <CorpusArticle Include="articles/*.txt" />
                <CorpusArticle Update="articles/a.txt" Id="$(FirstId)" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            System.Console.WriteLine(string.Join("|", System.Linq.Enumerable.Select(App.Articles.All, a => a.Id + "=" + a.Title)));
            """);
        return app;
    }
}
