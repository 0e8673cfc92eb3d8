using System.Collections.Generic;

namespace Corpus.Parsing;

/// <summary>One line of a page: its zero-based number, its length as printed and its clean text.</summary>
internal sealed class SourceLine(int number, int printedLength, string text)
{
    private string? _key;

    public int Number { get; } = number;

    public int PrintedLength { get; } = printedLength;

    public string Text { get; } = text;

    /// <summary>The line's comparison key (<see cref="TextCleaning.Key"/>), computed once per line.</summary>
    public string Key => _key ??= TextCleaning.KeyOfClean(Text);

    /// <summary>The same line with other text (a bullet stripped, say).</summary>
    public SourceLine WithText(string newText) => new(Number, PrintedLength, newText);

    /// <summary>
    /// Splits text into lines at CR LF, CR, LF, NEL, LS and PS (the breaks Roslyn's SourceText knows),
    /// keeping only lines with visible text.
    /// </summary>
    public static List<SourceLine> SplitNonBlank(string text, System.Threading.CancellationToken cancellationToken)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\0' : text[i];
            if (!atEnd && c is not ('\r' or '\n' or '\u0085' or '\u2028' or '\u2029')) continue;

            if ((number & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var printed = text.Substring(start, i - start);
            var clean = TextCleaning.Clean(printed);
            if (clean.Length > 0) lines.Add(new SourceLine(number, printed.Length, clean));

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
            number++;
        }

        return lines;
    }
}
