using System.Collections.Generic;

namespace Corpus.Parsing;

/// <summary>One line of a page: its zero-based number, its length as printed and its clean text.</summary>
internal readonly record struct SourceLine(int Number, int PrintedLength, string Text)
{
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
