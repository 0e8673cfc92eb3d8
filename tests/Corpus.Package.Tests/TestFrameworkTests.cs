using Corpus.Package.Tests.Support;

namespace Corpus.Package.Tests;

/// <summary>
/// The README's snippets for the generated <c>TestCases</c>, in real test projects of the three frameworks, built against the package with the
/// real MSBuild and run as their own test hosts: each framework takes it as it is, and under xunit v3 each article
/// is its own test case, listed by id and title and runnable alone.
/// </summary>
public sealed class TestFrameworkTests(PackageFeed feed)
{
    private const string Articles = """
        <ItemGroup>
          <CorpusArticle Include="../articles/*.txt" />
        </ItemGroup>
        """;

    [Fact]
    public async Task Xunit_v3_discovers_one_case_per_article_named_by_id_and_title_and_runs_one_alone()
    {
        var project = CreateProject("XunitFixtures", """
            <PackageReference Include="xunit.v3.mtp-v2" Version="4.0.2" />
            """, "using Xunit;\n\nnamespace XunitFixtures;\n\n" + Snippet("xunit"));
        File.WriteAllText(Path.Combine(project, "xunit.runner.json"), """{ "preEnumerateTheories": true }""");

        // The test host's own command line: listing display names, discovery data with ids, and running one case by id.
        var listed = await feed.Dotnet(project, expectSuccess: true, "run", "--", "-list", "tests", "-noColor");
        listed.ShouldContain("ArticleTests.Every_article_has_text(article: tin-mot: Tin thứ nhất)");
        listed.ShouldContain("ArticleTests.Every_article_has_text(article: tin-hai: Tin thứ hai)");
        listed.ShouldContain("ArticleTests.Every_article_has_text(article: tin-ba: Tin thứ ba)");

        var discovery = await feed.Dotnet(project, expectSuccess: true, "run", "--no-build", "--", "-list", "full/json", "-noColor");
        using var cases = System.Text.Json.JsonDocument.Parse(discovery[discovery.IndexOf('[')..(discovery.LastIndexOf(']') + 1)]);
        var ids = cases.RootElement.EnumerateArray().ToDictionary(item => item.GetProperty("DisplayName").GetString()!, item => item.GetProperty("ID").GetString()!);
        ids.Count.ShouldBe(3);

        var one = await feed.Dotnet(project, expectSuccess: true, "run", "--no-build", "--", "-id", ids.Single(pair => pair.Key.Contains("tin-hai", StringComparison.Ordinal)).Value, "-noColor");
        one.ShouldContain("Total: 1, Errors: 0, Failed: 0");

        var all = await feed.Dotnet(project, expectSuccess: true, "run", "--no-build", "--", "-noColor");
        all.ShouldContain("Total: 3, Errors: 0, Failed: 0");
    }

    [Fact]
    public async Task Nunit_takes_test_cases_as_a_test_case_source()
    {
        var project = CreateProject("NunitFixtures", """
            <PackageReference Include="NUnit" Version="5.0.0" />
            <PackageReference Include="NUnit3TestAdapter" Version="6.3.1" />
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.11.0" />
            """, "using NUnit.Framework;\n\nnamespace NunitFixtures;\n\n" + Snippet("nunit"), "<EnableNUnitRunner>true</EnableNUnitRunner>");

        var run = await feed.Dotnet(project, expectSuccess: true, "run");
        run.ShouldContain("succeeded: 3");
    }

    [Fact]
    public async Task Mstest_takes_test_cases_as_dynamic_data()
    {
        var project = CreateProject("MstestFixtures", """
            <PackageReference Include="MSTest" Version="4.5.2" />
            """, "using Microsoft.VisualStudio.TestTools.UnitTesting;\n\nnamespace MstestFixtures;\n\n" + Snippet("mstest"), "<EnableMSTestRunner>true</EnableMSTestRunner>");

        var run = await feed.Dotnet(project, expectSuccess: true, "run");
        run.ShouldContain("succeeded: 3");
    }

    /// <summary>The README's snippet for a framework (the C# block after its <c>test-snippet</c> marker), as written there.</summary>
    private string Snippet(string framework)
    {
        var readme = File.ReadAllText(Path.Combine(feed.Repository, "README.md"));
        var match = System.Text.RegularExpressions.Regex.Match(readme, $"<!-- test-snippet: {framework} -->\\s*```csharp\\n(?<code>.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"README.md has no '{framework}' test snippet");
        return match.Groups["code"].Value;
    }

    private string CreateProject(string name, string packages, string tests, string properties = "")
    {
        var root = feed.NewConsumer("frameworks-" + name, withNuGetOrg: true);
        var articles = Path.Combine(root, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "tin-mot.txt"), "Tin thứ nhất\n\nĐoạn văn của tin thứ nhất.\n");
        File.WriteAllText(Path.Combine(articles, "tin-hai.txt"), "Tin thứ hai\n\nĐoạn văn của tin thứ hai.\n");
        File.WriteAllText(Path.Combine(articles, "tin-ba.txt"), "Tin thứ ba\n\nĐoạn văn của tin thứ ba.\n");
        var project = Path.Combine(root, name);
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <CorpusAccessibility>internal</CorpusAccessibility>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{feed.Version}" />
                {packages}
              </ItemGroup>
              {Articles}
              <ItemGroup>
                <None Update="xunit.runner.json" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "ArticleTests.cs"), tests);
        return project;
    }
}
