using System.Diagnostics;

[assembly: AssemblyFixture(typeof(Corpus.Package.Tests.Support.PackageFeed))]

namespace Corpus.Package.Tests.Support;

/// <summary>
/// Packs the Corpus package once per test run into a local folder, the way a user would get it from a feed, and runs
/// <c>dotnet</c> in consumer projects that reference it from there.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("corpus-package-").FullName;

    public string Repository { get; } = FindRepository();

    public string Version { get; } = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

    public string Folder => Path.Combine(_root, "feed");

    public string PackagePath => Path.Combine(Folder, $"Corpus.{Version}.nupkg");

    public async ValueTask InitializeAsync() =>
        await Dotnet(Repository, expectSuccess: true, "pack", Path.Combine(Repository, "src", "Corpus", "Corpus.csproj"), "-c", "Release", "-o", Folder, $"-p:Version={Version}");

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A fresh folder for one consumer, with a nuget.config that sees this feed (and nuget.org for other packages when
    /// <paramref name="withNuGetOrg"/>; Corpus still comes from this feed only).
    /// </summary>
    public string NewConsumer(string name, bool withNuGetOrg = false)
    {
        var directory = Path.Combine(_root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var nugetOrg = withNuGetOrg ? """<add key="nuget.org" value="https://api.nuget.org/v3/index.json" />""" : "";
        var mapping = withNuGetOrg
            ? """
              <packageSourceMapping>
                <packageSource key="local"><package pattern="Corpus" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
              """
            : "";
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Folder}" />
                {nugetOrg}
              </packageSources>
              {mapping}
            </configuration>
            """);
        return directory;
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; checks its exit code and returns what it printed.</summary>
    public async Task<string> Dotnet(string workingDirectory, bool expectSuccess, params string[] arguments)
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

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"No Corpus.sln above {AppContext.BaseDirectory}.");
    }
}
