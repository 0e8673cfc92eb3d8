using BenchmarkDotNet.Running;
using Corpus.Benchmarks;

// corpus <directory> [articles]  writes a synthetic corpus made from the seeds;
// build [articles] [repetitions] [Auto|Packed|Literals] [server|no-server]  times the corpus build against the EmbeddedResource
//   build, with the compiler server as plain dotnet build uses it (or without, as UseSharedCompilation=false builds);
// packsize  prints the pack's size against the pages', for 5 KB pages and for short ones;
// sentences <folder>  joins each page's lines into one paragraph and counts the lines the splitter gives back exactly;
// parser-ab [articles] [rounds]  parses the synthetic corpus with the CORPUS_BASELINE build and this one in turns, and
//   prints the median of the pairs' ratios;
// anything else goes to BenchmarkDotNet (--filter, --job short|dry, ...).
switch (args.FirstOrDefault())
{
    case "corpus" when args.Length >= 2:
        var articles = SyntheticCorpus.Create(args.Length > 2 ? int.Parse(args[2]) : 1000);
        SyntheticCorpus.Write(articles, args[1]);
        Console.WriteLine($"Wrote {articles.Count} articles to {args[1]}");
        return 0;
    case "packsize":
        return PackSize.Run();
    case "sentences" when args.Length >= 2:
        return SentenceCheck.Run(args[1]);
    case "parser-ab":
        return ParserComparisonBenchmarks.RunInterleaved(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 9);
    case "build":
        return BuildComparison.Run(
            args.Length > 1 ? int.Parse(args[1]) : 1000, args.Length > 2 ? int.Parse(args[2]) : 3, args.Length > 3 ? args[3] : "Auto", compilerServer: args.Length <= 4 || args[4] != "no-server");
    default:
        BenchmarkSwitcher.FromAssembly(typeof(SyntheticCorpus).Assembly).Run(args);
        return 0;
}
