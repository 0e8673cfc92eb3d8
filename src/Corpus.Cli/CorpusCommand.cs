using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Corpus.Cli;

/// <summary>The <c>corpus</c> command: lists, shows and exports the seed corpus, and parses any page at run time.</summary>
internal sealed class CorpusCommand(TextWriter output, TextWriter error)
{
    private const int UsageError = 2;
    private const int InputError = 1;

    public const string Usage = """
        Usage: corpus <command> [options]

        Commands:
          list                                   A table of the corpus: id, title, site, published and counts.
          show <id>                              One article, whole and readable.
          export [--format jsonl|json] [--output FILE]
                                                 The corpus as JSON (default: jsonl, one article per line, to stdout).
          parse <file>... [--format jsonl|json] [--output FILE]
                                                 The same JSON, from page files parsed at run time by the same rules.
          help                                   This text.
        """;

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            error.WriteLine(Usage);
            return UsageError;
        }

        try
        {
            return args[0] switch
            {
                "list" => List(args.Skip(1).ToList()),
                "show" => Show(args.Skip(1).ToList()),
                "export" => Export(args.Skip(1).ToList()),
                "parse" => ParseFiles(args.Skip(1).ToList()),
                "explain" => Explain(args.Skip(1).ToList()),
                "help" or "--help" or "-h" => Help(),
                _ => Fail(UsageError, $"unknown command '{args[0]}'; run 'corpus help' for the commands."),
            };
        }
        catch (UsageException exception)
        {
            return Fail(UsageError, exception.Message);
        }
    }

    private int Help()
    {
        output.WriteLine(Usage);
        return 0;
    }

    private int List(List<string> args)
    {
        if (args.Count > 0) throw new UsageException($"'list' takes no arguments, got '{args[0]}'.");
        var rows = Corpus.Seeds.Articles.All.Select(article => new[]
        {
            article.Id,
            Shorten(article.Title, 60),
            article.Site ?? "-",
            article.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "-",
            article.Sections.Count.ToString(CultureInfo.InvariantCulture),
            article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture),
            article.Images.Count.ToString(CultureInfo.InvariantCulture),
            article.Related.Count.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        string[] header = ["ID", "TITLE", "SITE", "PUBLISHED", "SECTIONS", "PARAGRAPHS", "IMAGES", "RELATED"];
        var numeric = new[] { false, false, false, false, true, true, true, true };
        var widths = header.Select((name, column) => rows.Select(row => row[column].Length).Append(name.Length).Max()).ToArray();

        foreach (var row in rows.Prepend(header))
        {
            var cells = row.Select((cell, column) => numeric[column] ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }

        return 0;
    }

    private int Show(List<string> args)
    {
        if (args.Count != 1) throw new UsageException("'show' takes exactly one article id; 'corpus list' shows the ids.");
        if (!Corpus.Seeds.Articles.TryGet(args[0], out var article))
        {
            return Fail(InputError, $"no article with id '{args[0]}'; 'corpus list' shows the ids.");
        }

        output.Write(ArticleText.Render(article));
        return 0;
    }

    private int Export(List<string> args)
    {
        var options = JsonOptions.Read(args, allowFiles: false);
        return Write(Corpus.Seeds.Articles.All, options);
    }

    private int Explain(List<string> args)
    {
        if (args.Count != 1) throw new UsageException("'explain' takes exactly one file.");
        var text = File.ReadAllText(args[0]);
        foreach (var piece in ArticleParser.Explain(text))
        {
            output.WriteLine($"{piece.Line + 1,4}  {piece.Kind,-14} {piece.Rule ?? "-",-32} {piece.Text}{(piece.Note is null ? "" : "  [" + piece.Note + "]")}");
        }

        return 0;
    }

    private int ParseFiles(List<string> args)
    {
        var options = JsonOptions.Read(args, allowFiles: true);
        if (options.Files.Count == 0) throw new UsageException("'parse' needs at least one file.");

        var articles = new List<Article>();
        foreach (var file in options.Files)
        {
            try
            {
                articles.Add(ArticleParser.ParseFile(file));
            }
            catch (InvalidDataException exception)
            {
                return Fail(InputError, exception.Message);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return Fail(InputError, $"cannot read '{file}': {exception.Message}");
            }
        }

        return Write(articles, options);
    }

    private int Write(IEnumerable<Article> articles, JsonOptions options)
    {
        var json = ArticleJson.Render(articles, options.Format);
        if (options.OutputFile is null)
        {
            output.Write(json);
            return 0;
        }

        try
        {
            File.WriteAllText(options.OutputFile, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(InputError, $"cannot write '{options.OutputFile}': {exception.Message}");
        }
    }

    private int Fail(int code, string message)
    {
        error.WriteLine($"corpus: {message}");
        return code;
    }

    private static string Shorten(string text, int width) =>
        text.Length <= width ? text : text.Substring(0, width - 1) + "…";
}

/// <summary>A mistake in the command line, reported as one line and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The options shared by <c>export</c> and <c>parse</c>.</summary>
internal sealed record JsonOptions(JsonFormat Format, string? OutputFile, IReadOnlyList<string> Files)
{
    public static JsonOptions Read(IReadOnlyList<string> args, bool allowFiles)
    {
        var format = JsonFormat.Lines;
        string? outputFile = null;
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--format":
                    format = Value(args, ++i, "--format") switch
                    {
                        "jsonl" => JsonFormat.Lines,
                        "json" => JsonFormat.Array,
                        var other => throw new UsageException($"unknown format '{other}'; use jsonl or json."),
                    };
                    break;
                case "--output" or "-o":
                    outputFile = Value(args, ++i, "--output");
                    break;
                case var option when option.StartsWith('-') && option.Length > 1:
                    throw new UsageException($"unknown option '{option}'.");
                case var file when allowFiles:
                    files.Add(file);
                    break;
                default:
                    throw new UsageException($"unexpected argument '{args[i]}'.");
            }
        }

        return new JsonOptions(format, outputFile, files);
    }

    private static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new UsageException($"{option} needs a value.");
}

/// <summary>How articles are written as JSON.</summary>
internal enum JsonFormat
{
    /// <summary>One article per line (JSON Lines).</summary>
    Lines,

    /// <summary>One indented JSON array.</summary>
    Array,
}
