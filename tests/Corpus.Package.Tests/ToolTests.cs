using System.Diagnostics;
using System.IO.Compression;
using Corpus.Package.Tests.Support;

namespace Corpus.Package.Tests;

/// <summary>The command line as README says to get it: packed into a folder, installed from there as a dotnet tool, run.</summary>
public sealed class ToolTests(PackageFeed feed)
{
    [Fact]
    public async Task The_tool_installs_from_a_folder_feed_and_runs_as_corpus()
    {
        var work = feed.NewConsumer("tool");
        var packages = Path.Combine(work, "feed");
        await feed.Dotnet(feed.Repository, expectSuccess: true,
            "pack", Path.Combine(feed.Repository, "src", "Corpus.Cli", "Corpus.Cli.csproj"), "-c", "Release", "-o", packages, $"-p:Version={feed.Version}");
        var package = Path.Combine(packages, $"Corpus.Cli.{feed.Version}.nupkg");
        using (var archive = ZipFile.OpenRead(package))
        {
            archive.GetEntry("README.md").ShouldNotBeNull();
        }

        var tools = Path.Combine(work, "tools");
        await feed.Dotnet(work, expectSuccess: true, "tool", "install", "Corpus.Cli", "--tool-path", tools, "--add-source", packages, "--version", feed.Version);

        (await Corpus(tools, work, "--version")).ShouldContain(feed.Version);
        var list = await Corpus(tools, work, "list");
        list.ShouldContain("002_27aa4dd25fd297e8");
        list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThanOrEqualTo(5);
    }

    private static async Task<string> Corpus(string tools, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(tools, OperatingSystem.IsWindows() ? "corpus.exe" : "corpus"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.ExitCode.ShouldBe(0, $"corpus {string.Join(' ', arguments)}:\n{output}{error}");
        return output;
    }
}
