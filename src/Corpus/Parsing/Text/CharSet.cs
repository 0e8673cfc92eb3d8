using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Parsing.Text;

/// <summary>
/// A fixed set of characters looked for by a table lookup a character. <see cref="string.IndexOfAny(char[], int)"/>
/// with more than five characters, one of them beyond ASCII (a Vietnamese capital such as 'Đ'), builds a
/// probabilistic map on every call; a scan that stops at every capital of a paragraph calls it dozens of times a
/// line, and the table is faster there.
/// </summary>
internal sealed class CharSet
{
    private readonly bool[] _members;

    public CharSet(IEnumerable<char> members)
    {
        var list = new List<char>(members);
        var size = 0;
        foreach (var c in list) size = System.Math.Max(size, c + 1);
        _members = new bool[size];
        foreach (var c in list) _members[c] = true;
    }

    /// <summary>
    /// The index of the first character of the set in <paramref name="text"/> at or after <paramref name="start"/> and
    /// before <paramref name="end"/> (at most the text's end), or -1.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public int IndexOfAny(string text, int start, int end)
    {
        var members = _members;
        end = System.Math.Min(end, text.Length);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < members.Length && members[c]) return i;
        }

        return -1;
    }
}
