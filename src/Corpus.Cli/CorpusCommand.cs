using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Diagnostics;
using Spectre.Console;

namespace Corpus.Cli;

/// <summary>
/// The <c>corpus</c> command: lists, shows, explains and exports a corpus (the seeds compiled into the tool, or a
/// folder of pages), parses single pages, and prints the built-in rules. Command-line parsing, help, validation and
/// completion come from System.CommandLine; the progress display from Spectre.Console.
/// </summary>
internal sealed class CorpusCommand(TextWriter output, TextWriter error)
{
    /// <summary>Bad command-line arguments.</summary>
    public const int UsageError = 2;

    /// <summary>A file that could not be read or written, or problems under <c>--strict</c>.</summary>
    public const int InputError = 1;

    /// <summary>A folder larger than this shows a progress bar on standard error (when that is a terminal).</summary>
    private const int ProgressThreshold = 200;

    private const string DefaultCorpus = "Without --dir, the corpus is the five seed pages compiled into this tool.";

    private readonly Option<DirectoryInfo?> _dir = new("--dir", "-d")
    {
        Description = "A folder of page files (every *.txt under it, as CorpusArticle items); the id of each is its file name.",
    };

    private readonly Option<FileInfo?> _rules = new("--rules", "-r")
    {
        Description = "A rules file (JSON, see docs/rules.md) on top of the built-in rules, as <CorpusRules> in a build.",
    };

    private readonly Option<bool> _strict = new("--strict")
    {
        Description = "Fail (exit code 1) when any file has a warning or an error, as a build with warnings as errors would.",
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "jsonl (one article per line), json (one indented array) or parquet (needs --output).",
        DefaultValueFactory = _ => "jsonl",
    };

    private readonly Option<FileInfo?> _output = new("--output", "-o") { Description = "Write to this file instead of standard output." };

    public int Run(IReadOnlyList<string> args)
    {
        var root = Build();
        if (args.Count == 0)
        {
            // No command: the help, on standard error, as a usage error.
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = error, Error = error });
            return UsageError;
        }

        var parse = root.Parse(args.ToArray());
        if (parse.Errors.Count > 0)
        {
            // A mistake on the command line is one line each on standard error and exit code 2, not a help screen.
            foreach (var problem in parse.Errors) error.WriteLine($"corpus: {problem.Message.Replace(Environment.NewLine, " ").Replace("\t", "")}");
            error.WriteLine($"corpus: run 'corpus {parse.CommandResult.Command.Name} --help' for the options.".Replace("corpus Corpus.Cli", "corpus").Replace("corpus corpus", "corpus"));
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private RootCommand Build()
    {
        _format.AcceptOnlyFromAmong("jsonl", "json", "parquet");
        var root = new RootCommand("Lists, shows, explains and exports a corpus of Vietnamese news pages, read by the same rules as the Corpus build. " + DefaultCorpus);
        root.Subcommands.Add(ListCommand());
        root.Subcommands.Add(ShowCommand());
        root.Subcommands.Add(ExportCommand());
        root.Subcommands.Add(ParseCommand());
        root.Subcommands.Add(ExplainCommand());
        root.Subcommands.Add(SentencesCommand());
        root.Subcommands.Add(RulesCommand());
        return root;
    }

    private Command ListCommand()
    {
        var command = new Command("list", "A table of the corpus: id, title, site, published, and counts. " + DefaultCorpus) { _dir, _rules, _strict };
        command.SetAction(parse => Guard(() =>
        {
            var (source, problems) = Source(parse);
            var rows = WithProgress(source, advance => source.Articles(advance).Select(Row).ToList());
            string[] header = ["ID", "TITLE", "SITE", "PUBLISHED", "SECTIONS", "PARAGRAPHS", "IMAGES", "RELATED"];
            var numeric = new[] { false, false, false, false, true, true, true, true };
            var widths = header.Select((name, column) => rows.Select(row => row[column].Length).Append(name.Length).Max()).ToArray();
            foreach (var row in rows.Prepend(header))
            {
                output.WriteLine(string.Join("  ", row.Select((cell, column) => numeric[column] ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]))).TrimEnd());
            }

            return Exit(parse, problems);
        }));
        return command;
    }

    private Command ShowCommand()
    {
        var target = new Argument<string>("id-or-file") { Description = "An article id (see 'corpus list'), or a page file to parse and show." };
        var command = new Command("show", "One article, whole and readable. " + DefaultCorpus) { target, _dir, _rules, _strict };
        command.SetAction(parse => Guard(() =>
        {
            var (source, problems) = Source(parse);
            var value = parse.GetValue(target)!;
            Article? article;
            if (File.Exists(value))
            {
                article = source.ParseFile(value);
                if (article is null) return InputError;
            }
            else if (Directory.Exists(value))
            {
                return Fail(InputError, $"'{value}' is a folder; show takes one article id or one file (use --dir {value} to pick an id from it).");
            }
            else
            {
                article = source.Find(value);
                if (article is null)
                {
                    var known = source.Ids.Take(5).ToList();
                    return Fail(InputError, $"no article with id '{value}' and no such file; ids are file names without extension, such as {string.Join(", ", known.Select(id => "'" + id + "'"))} ('corpus list' shows them all).");
                }
            }

            output.Write(ArticleText.Render(article));
            return Exit(parse, problems);
        }));
        return command;
    }

    private Command ExportCommand()
    {
        var command = new Command("export", "The whole corpus as JSON Lines, a JSON array or Parquet, with the same fields in each. " + DefaultCorpus)
        {
            _dir, _rules, _format, _output, _strict,
        };
        command.SetAction(parse => Guard(() =>
        {
            var (source, problems) = Source(parse);
            var written = WithProgress(source, advance => Write(source.Articles(advance), parse));
            return written != 0 ? written : Exit(parse, problems);
        }));
        return command;
    }

    private Command ParseCommand()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Page files to parse.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("parse", "Parses page files at run time and writes them like export.") { files, _rules, _format, _output, _strict };
        command.SetAction(parse => Guard(() =>
        {
            var (source, problems) = Source(parse);
            var articles = new List<Article>();
            foreach (var file in parse.GetValue(files)!)
            {
                if (Directory.Exists(file.FullName)) return Fail(InputError, $"'{file}' is a folder; give page files, or use 'corpus export --dir {file}'.");
                if (!file.Exists) return Fail(InputError, $"no file '{file}'.");
                var article = source.ParseFile(file.FullName);
                if (article is not null) articles.Add(article);
            }

            var written = Write(articles, parse);
            return written != 0 ? written : Exit(parse, problems);
        }));
        return command;
    }

    private Command ExplainCommand()
    {
        var file = new Argument<FileInfo>("file") { Description = "The page file to explain." };
        var command = new Command("explain", "Shows how a page is read: each line, or part of one, with its kind and the rule that claimed it.") { file, _rules };
        command.SetAction(parse => Guard(() =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) return Fail(InputError, $"no file '{path}'.");
            var problems = new ProblemReporter(error);
            foreach (var piece in ArticleParser.ExplainFile(path.FullName, Rules(parse, problems)))
            {
                var note = piece.Note is null ? "" : $"  [{piece.Note}]";
                output.WriteLine($"{piece.Line + 1,4}  {piece.Kind,-14} {piece.Rule ?? "-",-34} {piece.Text}{note}");
            }

            return Exit(parse, problems);
        }));
        return command;
    }

    private Command SentencesCommand()
    {
        var file = new Argument<FileInfo?>("file") { Description = "A page file; without it, every article of the corpus.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("sentences", "Prints every sentence of the story text, one per line (Article.Sentences). " + DefaultCorpus) { file, _dir, _rules, _strict };
        command.SetAction(parse => Guard(() =>
        {
            var (source, problems) = Source(parse);
            IEnumerable<Article> articles;
            if (parse.GetValue(file) is { } path)
            {
                var article = path.Exists ? source.ParseFile(path.FullName) : null;
                if (!path.Exists) return Fail(InputError, $"no file '{path}'.");
                articles = article is null ? [] : [article];
            }
            else
            {
                articles = source.Articles();
            }

            foreach (var sentence in articles.SelectMany(article => article.Sentences)) output.WriteLine(sentence);
            return Exit(parse, problems);
        }));
        return command;
    }

    private Command RulesCommand()
    {
        var schema = new Option<bool>("--schema") { Description = "Print the JSON schema of rules files instead." };
        var command = new Command("rules", "Lists the rules pages are read by: name, kind, where it applies, precedence and what it states.") { _rules, schema };
        command.SetAction(parse => Guard(() =>
        {
            if (parse.GetValue(schema))
            {
                output.Write(RulesSchema.Text);
                return 0;
            }

            var problems = new ProblemReporter(error);
            foreach (var rule in Rules(parse, problems).Rules)
            {
                var sites = rule.Sites.Count == 0 ? "" : $" [{string.Join(", ", rule.Sites)}]";
                output.WriteLine($"{rule.Precedence,5}  {rule.Name,-34} {rule.Kind,-14} {rule.Placement}{sites}");
                if (rule.Description is not null) output.WriteLine($"       {rule.Description}");
            }

            return Exit(parse, problems);
        }));
        return command;
    }

    // ---- Helpers ----

    private (CorpusSource Source, ProblemReporter Problems) Source(ParseResult parse)
    {
        var problems = new ProblemReporter(error);
        var directory = parse.GetValue(_dir);
        if (directory is not null && !directory.Exists)
        {
            throw new CommandException(File.Exists(directory.FullName)
                ? $"'{directory}' is a file; --dir takes a folder of page files (use 'corpus show {directory}' for one file)."
                : $"no folder '{directory}'.");
        }

        return (new CorpusSource(directory, Rules(parse, problems), problems), problems);
    }

    /// <summary>The rules of <c>--rules</c>; one that is not valid is reported as the build reports it (CORPUS014) and the built-in rules read the pages.</summary>
    private RuleSet Rules(ParseResult parse, ProblemReporter problems)
    {
        var file = parse.GetValue(_rules);
        if (file is null) return RuleSet.Default;
        if (!file.Exists) throw new CommandException($"no rules file '{file}'.");
        try
        {
            return ArticleParser.LoadRules(file.FullName);
        }
        catch (RuleSetException exception)
        {
            foreach (var problem in exception.Problems)
            {
                problems.Report(DiagnosticTexts.InvalidRules, file.ToString(), problem.Line, problem.Column, [file.ToString(), problem.ToString()]);
            }

            return RuleSet.Default;
        }
    }

    private int Write(IEnumerable<Article> articles, ParseResult parse)
    {
        var format = parse.GetValue(_format)!;
        var file = parse.GetValue(_output);
        try
        {
            if (format == "parquet")
            {
                if (file is null) return Fail(UsageError, "--format parquet writes a binary file; give --output FILE.");
                using var stream = file.Create();
                ParquetExport.WriteAsync(articles, stream).GetAwaiter().GetResult();
                return 0;
            }

            var json = ArticleJson.Render(articles, format == "json" ? JsonFormat.Array : JsonFormat.Lines);
            if (file is null) output.Write(json);
            else File.WriteAllText(file.FullName, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(InputError, $"cannot write '{file}': {exception.Message}");
        }
    }

    /// <summary>Runs <paramref name="work"/> with a progress bar on standard error for a large folder when standard error is a terminal.</summary>
    private T WithProgress<T>(CorpusSource source, Func<Action?, T> work)
    {
        var count = source.Count;
        if (count < ProgressThreshold || !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected) return work(null);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Reading pages", maxValue: count);
            result = work(() => task.Increment(1));
        });
        return result;
    }

    private int Exit(ParseResult parse, ProblemReporter problems) =>
        problems.Errors > 0 || (parse.GetValue(_strict) && problems.Count > 0) ? InputError : 0;

    private int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CommandException exception)
        {
            if (exception.Prefixed) return Fail(InputError, exception.Message);
            error.WriteLine(exception.Message);
            return InputError;
        }
    }

    private int Fail(int code, string message)
    {
        error.WriteLine($"corpus: {message}");
        return code;
    }

    private static string[] Row(Article article) =>
    [
        article.Id,
        Shorten(article.Title.Length > 0 ? article.Title : "(no headline)", 60),
        article.Site ?? "-",
        article.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "-",
        article.Sections.Count.ToString(CultureInfo.InvariantCulture),
        article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture),
        article.Images.Count.ToString(CultureInfo.InvariantCulture),
        article.Related.Count.ToString(CultureInfo.InvariantCulture),
    ];

    private static string Shorten(string text, int width) =>
        text.Length <= width ? text : text.Substring(0, width - 1) + "…";
}

/// <summary>A problem with what the command was asked to do, reported as one message and exit code 1.</summary>
internal sealed class CommandException(string message, bool prefixed = true) : Exception(message)
{
    public bool Prefixed { get; } = prefixed;
}

/// <summary>How articles are written as JSON.</summary>
internal enum JsonFormat
{
    /// <summary>One article per line (JSON Lines).</summary>
    Lines,

    /// <summary>One indented JSON array.</summary>
    Array,
}
