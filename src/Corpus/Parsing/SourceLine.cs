using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Corpus.Parsing.Text;

namespace Corpus.Parsing;

/// <summary>
/// One line of a page: its zero-based number, its length as printed, its clean text and whether the file printed
/// whitespace before or after that text.
/// </summary>
internal sealed class SourceLine(int number, int printedLength, string text, bool startsWithSpace = false, bool endsWithSpace = false)
{
    private string? _key;

    public int Number { get; } = number;

    public int PrintedLength { get; } = printedLength;

    public string Text { get; } = text;

    /// <summary>Whether the file's line opened with whitespace before its text: a scraper that broke a sentence at a link may leave the space there.</summary>
    public bool StartsWithSpace { get; } = startsWithSpace;

    /// <summary>Whether the file's line went on with whitespace after its text: a scraper that broke a sentence at a link leaves the space.</summary>
    public bool EndsWithSpace { get; } = endsWithSpace;

    // Which of its rule set's required texts the line holds, two bits a text (looked for, found), filled as rules ask.
    private ulong[]? _holds;

    /// <summary>
    /// Whether the line holds <paramref name="literal"/>, numbered <paramref name="id"/> of the <paramref name="count"/>
    /// texts its rule set's rules require: looked for once, however many rules and passes ask.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public bool Holds(int id, int count, string literal) =>
        Known(id, count) ?? Record(id, MayHold(literal) && Text.IndexOf(literal, StringComparison.Ordinal) >= 0);

    /// <summary><see cref="Holds(int, int, string)"/> of a single character.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public bool Holds(int id, int count, char literal) => Known(id, count) ?? Record(id, Text.IndexOf(literal) >= 0);

    // The line's pairs of neighbouring characters, hashed into a bit table: a line's rule set asks for its required
    // texts dozens of times a line, and a text one of whose pairs the table lacks is not there, so most searches end
    // without reading the line again. The table has about four bits a character, so few of them are set.
    private ulong[]? _pairs;
    private int _pairShift;

    private const int PairTableMinBits = 7;
    private const int PairTableMaxBits = 12;
    private const int PairTableBitsPerCharacterLog2 = 2;

    /// <summary>Whether the line may hold <paramref name="literal"/>: false only when it surely does not.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private bool MayHold(string literal)
    {
        if (literal.Length < 2) return true;
        var pairs = _pairs ??= PairTable(Text, out _pairShift);
        for (var i = 1; i < literal.Length; i++)
        {
            var slot = PairSlot(literal[i - 1], literal[i], _pairShift);
            if ((pairs[slot >> 6] & (1UL << (int)(slot & 63))) == 0) return false;
        }

        return true;
    }

    [MethodImpl(Jit.ParseLoop)]
    private static ulong[] PairTable(string text, out int shift)
    {
        var bits = PairTableMinBits;
        while (bits < PairTableMaxBits && 1 << bits < text.Length << PairTableBitsPerCharacterLog2) bits++;
        shift = 32 - bits;
        var table = new ulong[(1 << bits) / 64];
        var previous = text.Length > 0 ? text[0] : '\0';
        for (var i = 1; i < text.Length; i++)
        {
            var current = text[i];
            var slot = PairSlot(previous, current, shift);
            table[slot >> 6] |= 1UL << (int)(slot & 63);
            previous = current;
        }

        return table;
    }

    // Fibonacci hashing of the pair: its top bits spread well however close the two characters' code points are.
    private static uint PairSlot(char first, char second, int shift) => unchecked(((uint)first << 16 | second) * 2654435769u) >> shift;

    // Whether the text numbered id was found, or null when it has not been looked for yet.
    [MethodImpl(Jit.ParseLoop)]
    private bool? Known(int id, int count)
    {
        var holds = _holds ??= new ulong[2 * ((count + 63) / 64)];
        var (word, bit) = (2 * (id >> 6), 1UL << (id & 63));
        return (holds[word] & bit) == 0 ? null : (holds[word + 1] & bit) != 0;
    }

    [MethodImpl(Jit.ParseLoop)]
    private bool Record(int id, bool found)
    {
        var (word, bit) = (2 * (id >> 6), 1UL << (id & 63));
        _holds![word] |= bit;
        if (found) _holds[word + 1] |= bit;
        return found;
    }

    /// <summary>The line's comparison key (<see cref="TextCleaning.Key"/>), computed once per line.</summary>
    public string Key => _key ??= TextCleaning.KeyOfClean(Text);

    private char? _keyInitial;

    /// <summary>The first character of <see cref="Key"/> ('\0' when it is empty), found without building the key.</summary>
    public char KeyInitial => _keyInitial ??= _key is null ? TextCleaning.KeyInitialOfClean(Text) : _key.Length > 0 ? _key[0] : '\0';

    /// <summary>The same line with other text (a bullet stripped, say).</summary>
    public SourceLine WithText(string newText) => new(Number, PrintedLength, newText, StartsWithSpace, EndsWithSpace);

    /// <summary>The line breaks Roslyn's SourceText knows (CR LF counts once).</summary>
    private static bool IsBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The same breaks, for <see cref="string.IndexOfAny(char[], int)"/> (five characters: one vectorized search).</summary>
    private static readonly char[] Breaks = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

    /// <summary>The zero-based line and column of <paramref name="index"/>, by the same breaks as <see cref="SplitNonBlank"/>.</summary>
    public static (int Line, int Column) Position(string text, int index)
    {
        var (line, lineStart) = (0, 0);
        for (var i = 0; i < index; i++)
        {
            if (!IsBreak(text[i])) continue;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            line++;
            lineStart = i + 1;
        }

        return (line, index - lineStart);
    }

    /// <summary>
    /// Splits text into lines at CR LF, CR, LF, NEL, LS and PS (the breaks Roslyn's SourceText knows),
    /// keeping only lines with visible text; <paramref name="plain"/> tells whether every line was clean as printed and
    /// broken at CR or LF only, so the text holds no control character at all.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public static List<SourceLine> SplitNonBlank(string text, out bool plain, System.Threading.CancellationToken cancellationToken)
    {
        var lines = new List<SourceLine>();
        plain = true;
        var number = 0;
        var start = 0;
        while (start <= text.Length)
        {
            // A vectorized search for the next break: pages run to thousands of characters a line.
            var end = start < text.Length ? text.IndexOfAny(Breaks, start) : -1;
            if (end < 0) end = text.Length;

            if ((number & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var clean = TextCleaning.Clean(text, start, end - start, out var wasClean);
            plain &= wasClean && (end == text.Length || text[end] is '\r' or '\n');
            if (clean.Length > 0)
            {
                lines.Add(new SourceLine(number, end - start, clean, CharKinds.IsWhiteSpace(text[start]), CharKinds.IsWhiteSpace(text[end - 1])));
            }

            if (end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n') end++;
            start = end + 1;
            number++;
        }

        return lines;
    }
}
