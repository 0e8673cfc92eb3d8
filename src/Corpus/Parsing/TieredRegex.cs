using System;
using System.Text.RegularExpressions;
using System.Threading;

namespace Corpus.Parsing;

/// <summary>
/// A regular expression that runs interpreted for its first <see cref="UsesBeforeCompiling"/> uses, then compiled to
/// IL, as the runtime tiers methods. Compiling every built-in expression up front more than doubled a one-file
/// <c>corpus parse</c> (0.6 s against 0.2–0.3 s); the pack task paid it on every build (each build loads it afresh), and
/// so did the generator wherever the compiler server is off. Parsing thousands of pages still runs compiled
/// (interpreted alone, the parser measured up to 1.5× slower). Expressions longer than <see cref="MaxCompiledPatternLength"/>
/// with more than <see cref="MaxGroupsOfLongCompiledPattern"/> groups stay interpreted.
/// </summary>
internal sealed class TieredRegex(string pattern, RegexOptions options, TimeSpan timeout)
{
    /// <summary>A page runs each expression a few dozen times at most, so one page stays interpreted; a batch compiles within its first pages.</summary>
    private const int UsesBeforeCompiling = 100;

    /// <summary>
    /// Longer expressions (the built-in ones that spell out a person's name run to 1,500–3,200 characters) compile to
    /// matchers of 44,000–92,000 bytes of IL, past the size where the JIT stops optimizing: compiling them cost a cold
    /// pack of 10,000 pages about 0.35 s of JIT and bought no speed (Throughput, parse only: 1.26–1.27 s with them
    /// interpreted, 1.30–1.43 s compiled).
    /// </summary>
    private const int MaxCompiledPatternLength = 1000;

    /// <summary>
    /// A long expression with few groups is mostly a list of words ('Thời sự|Kinh tế|…', a list's headings), which
    /// compiles to a compact matcher: compiled, the closing unnamed-reporter byline (17 groups, 1,425 characters) ran
    /// four times faster. The long expressions that spell out a name hold more than 30 groups.
    /// </summary>
    private const int MaxGroupsOfLongCompiledPattern = 20;

    private readonly Regex _interpreted = new(pattern, options, timeout);
    private readonly bool _compiles = pattern.Length <= MaxCompiledPatternLength || GroupCount(pattern) <= MaxGroupsOfLongCompiledPattern;
    private Regex? _compiled;
    private int _uses;
    private int _compiling;

    public TieredRegex(string pattern, RegexOptions options)
        : this(pattern, options, Regex.InfiniteMatchTimeout)
    {
    }

    /// <summary>The expression to run now.</summary>
    public Regex Regex => _compiled ?? Count();

    public Match Match(string input) => Regex.Match(input);

    public bool IsMatch(string input) => Regex.IsMatch(input);

    // Opening brackets not escaped: groups, lookarounds and the like (a bracket inside a character class counts too, erring towards interpreting).
    private static int GroupCount(string pattern)
    {
        var count = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '(') count++;
        }

        return count;
    }

    // Counting is not synchronized (a lost count only delays compiling); one thread compiles while the others go on interpreted.
    private Regex Count()
    {
        if (!_compiles || ++_uses < UsesBeforeCompiling || Interlocked.Exchange(ref _compiling, 1) != 0) return _interpreted;
        return _compiled = new Regex(pattern, options | RegexOptions.Compiled, timeout);
    }
}
