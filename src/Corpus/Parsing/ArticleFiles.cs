using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace Corpus.Parsing;

/// <summary>
/// The per-file work every path shares (the pack task, the run-time parser, the command line): decode a page's
/// bytes as the compiler would, then read it. Text that is not valid UTF-8 keeps a replacement character where it
/// failed, which the reader reports as <see cref="ParseProblemKind.MisdecodedText"/> (CORPUS003), the same problem
/// the generator reports for the text the compiler hands it; control characters make it
/// <see cref="ParseProblemKind.BinaryContent"/> (CORPUS011). Either leaves the article out.
/// </summary>
internal static class ArticleFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static ArticleParseResult Parse(byte[] bytes, string id, RuleSet rules, CancellationToken cancellationToken) =>
        ArticleReader.Read(id, Decode(bytes), rules, cancellationToken);

    /// <summary>How much of a file's start <see cref="IsBinary"/> counts control characters in.</summary>
    private const int BinarySample = 65536;

    /// <summary>Shorter text is not judged by its share of control characters: one stray character would decide.</summary>
    private const int ShortestJudged = 32;

    /// <summary>More than one control character in this many (of the sample) means binary.</summary>
    private const int CharactersPerControl = 20;

    /// <summary>
    /// Whether decoded text is a binary file's: two NULs in a row anywhere (the compiler's own test, which would
    /// otherwise reject the file with CS2015 before the generator sees it), or more than one control character in
    /// twenty of the first 64K (text files have few).
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public static bool IsBinary(string text)
    {
        if (text.IndexOf("\0\0", StringComparison.Ordinal) >= 0) return true;
        var sample = Math.Min(text.Length, BinarySample);
        if (sample < ShortestJudged) return false;
        // A vectorized search from one control character to the next: text has few.
        var controls = 0;
        for (var i = text.IndexOfAny(Controls, 0, sample); i >= 0; i = i + 1 < sample ? text.IndexOfAny(Controls, i + 1, sample - i - 1) : -1) controls++;

        return controls * CharactersPerControl > sample;
    }

    /// <summary>The control characters (<see cref="char.IsControl(char)"/>) but the white space text files use: tab, line and form feeds, returns.</summary>
    private static readonly char[] Controls = Enumerable.Range(0, 0xA0).Select(code => (char)code)
        .Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')).ToArray();

    /// <summary>The text of <paramref name="bytes"/>: by its byte-order mark (as StreamReader detects them), else UTF-8.</summary>
    public static string Decode(byte[] bytes)
    {
        var (encoding, preamble) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
            [0xFF, 0xFE, 0, 0, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => ((Encoding)Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
            _ => ((Encoding)Utf8, 0),
        };
        return encoding.GetString(bytes, preamble, bytes.Length - preamble);
    }
}
