using System.Diagnostics;

namespace Corpus.Benchmarks;

/// <summary>
/// Times <c>dotnet build</c> of a project that compiles a synthetic corpus in (default settings, CorpusStorage=Auto,
/// unless Packed or Literals is asked) against the same project with the same files as <c>EmbeddedResource</c> (the floor for getting bytes
/// into an assembly), and prints the ratio. Both reference the Corpus library; only the way the articles get in differs.
/// Builds use the compiler server, as a plain <c>dotnet build</c> does, whatever the environment says (a machine that
/// sets <c>UseSharedCompilation=false</c> starts a fresh compiler, and a fresh generator, for every build), unless told not to.
/// </summary>
internal static class BuildComparison
{
    public static int Run(int articles, int repetitions, string storage, bool compilerServer)
    {
        var root = Path.Combine(Path.GetTempPath(), $"corpus-build-{articles}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var corpus = SyntheticCorpus.Create(articles);
        SyntheticCorpus.Write(corpus, Path.Combine(root, "articles"));
        var megabytes = corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1_048_576.0;

        var generated = Project(root, "Generated", "<CorpusArticle Include=\"../articles/*.txt\" />", storage, compilerServer);
        var resources = Project(root, "Resources", "<EmbeddedResource Include=\"../articles/*.txt\" />", storage: null, compilerServer);

        Console.WriteLine($"{articles} articles, {megabytes:F1} MiB of UTF-8, CorpusStorage={storage}, {repetitions} timed builds each (median), {Environment.ProcessorCount} cores, compiler server {(compilerServer ? "on" : "off")}");
        var (resourceSeconds, resourceOk, _) = Time(resources, repetitions);
        var (generatedSeconds, generatedOk, generatedOutput) = Time(generated, repetitions);

        Console.WriteLine($"EmbeddedResource build: {resourceSeconds:F2} s{(resourceOk ? "" : " (FAILED)")}");
        Console.WriteLine($"Corpus build:           {generatedSeconds:F2} s{(generatedOk ? "" : " (FAILED)")}");
        var dll = Path.Combine(Path.GetDirectoryName(generated)!, "bin", "Release", "netstandard2.0", "Generated.dll");
        if (File.Exists(dll)) Console.WriteLine($"Corpus assembly:        {new FileInfo(dll).Length / 1_048_576.0:F1} MiB");
        Console.WriteLine($"Ratio corpus / resource: {generatedSeconds / resourceSeconds:F2}x");
        if (generatedOk && resourceOk)
        {
            // The inner loop, for both: a build with nothing changed, then builds each after editing one article.
            foreach (var (label, project, offset) in new[] { ("Corpus", generated, 0), ("EmbeddedResource", resources, 1) })
            {
                var unchanged = Median(repetitions, _ => Timed(project));
                var edited = Median(repetitions, i =>
                {
                    File.AppendAllText(Path.Combine(root, "articles", corpus[(i * 97 + offset * 31) % corpus.Count].Name + ".txt"), "\nMột câu thêm vào.\n");
                    return Timed(project);
                });
                Console.WriteLine($"{label}: no-change build {unchanged:F2} s, one-file-edit build {edited:F2} s ({edited / unchanged:F2}x)");
            }
        }

        if (!generatedOk)
        {
            var errors = generatedOutput.Split('\n').Where(line => line.Contains(" error ", StringComparison.Ordinal)).ToList();
            Console.WriteLine($"Generator build errors: {errors.Count}; first: {errors.FirstOrDefault()?.Trim()}");
        }

        return generatedOk && resourceOk ? 0 : 1;
    }

    private static string Project(string root, string name, string items, string? storage, bool compilerServer)
    {
        var directory = Path.Combine(root, name);
        Directory.CreateDirectory(directory);
        var src = Path.Combine(Repository.Root, "src");
        var corpus = storage is not null;
        var project = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              {(corpus ? $"<Import Project=\"{src}/Corpus/buildTransitive/Corpus.props\" />" : "")}
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <RootNamespace>Synthetic</RootNamespace>
                <UseSharedCompilation>{(compilerServer ? "true" : "false")}</UseSharedCompilation>
                {(corpus ? $"<CorpusStorage>{storage}</CorpusStorage>" : "")}
                {(corpus ? $"<CorpusTasksAssembly>{src}/Corpus.Tasks/bin/Release/net8.0/Corpus.Tasks.dll</CorpusTasksAssembly>" : "")}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/Corpus/Corpus.csproj" />
                {(corpus ? $"<ProjectReference Include=\"{src}/Corpus.Generator/Corpus.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />" : "")}
                {(corpus ? $"<ProjectReference Include=\"{src}/Corpus.Tasks/Corpus.Tasks.csproj\" ReferenceOutputAssembly=\"false\" />" : "")}
                {items}
              </ItemGroup>
              {(corpus ? $"<Import Project=\"{src}/Corpus/buildTransitive/Corpus.targets\" />" : "")}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Placeholder.cs"), "namespace Synthetic { internal static class Placeholder { } }\n");
        return project;
    }

    /// <summary>One untimed build (restore, references, warm compiler server), then the median of full rebuilds of the project alone.</summary>
    private static (double Seconds, bool Ok, string Output) Time(string project, int repetitions)
    {
        Dotnet("build", project, "-c", "Release");
        var times = new List<double>();
        var (ok, output) = (true, "");
        for (var i = 0; i < repetitions; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            (ok, output) = Dotnet("build", project, "-c", "Release", "--no-restore", "--no-dependencies", "--no-incremental");
            times.Add(stopwatch.Elapsed.TotalSeconds);
        }

        times.Sort();
        return (times[times.Count / 2], ok, output);
    }

    private static double Timed(string project)
    {
        var stopwatch = Stopwatch.StartNew();
        var (ok, output) = Dotnet("build", project, "-c", "Release", "--no-restore", "--no-dependencies");
        if (!ok) throw new InvalidOperationException("Incremental build failed:\n" + output);
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static double Median(int repetitions, Func<int, double> measure)
    {
        var times = Enumerable.Range(0, repetitions).Select(measure).ToList();
        times.Sort();
        return times[times.Count / 2];
    }

    private static (bool Ok, string Output) Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode == 0, output.Result + error);
    }
}
