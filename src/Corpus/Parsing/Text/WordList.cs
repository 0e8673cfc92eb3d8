using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Corpus.Parsing.Text;

/// <summary>
/// A fixed list of words (or phrases) looked up in place in a text, without cutting the word out: the words are
/// grouped by their first character, so a lookup compares the few that open alike. The glued-sentence test asks at
/// every capital of a paragraph whether the word there is one of some fifty sentence openers.
/// </summary>
internal sealed class WordList
{
    // The words by their first character, for first characters below the table's size; the rest in one group.
    private readonly string[][] _byInitial;
    private readonly string[] _others;

    public WordList(IEnumerable<string> words)
    {
        var list = words.Where(word => word.Length > 0).Distinct(System.StringComparer.Ordinal).ToArray();
        _byInitial = new string[InitialTableSize][];
        foreach (var group in list.Where(word => word[0] < InitialTableSize).GroupBy(word => word[0])) _byInitial[group.Key] = group.ToArray();
        _others = list.Where(word => word[0] >= InitialTableSize).ToArray();
    }

    /// <summary>The characters the words open with.</summary>
    public IEnumerable<char> Initials => _byInitial.Select((group, initial) => (group, initial)).Where(pair => pair.group is not null).Select(pair => (char)pair.initial)
        .Concat(_others.Select(word => word[0])).Distinct();

    /// <summary>First characters up to the general punctuation block (Latin, Vietnamese) get a group each.</summary>
    private const char InitialTableSize = '\u2070';

    /// <summary>Whether the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> are one of the words.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public bool Contains(string text, int start, int length)
    {
        if (length <= 0) return false;
        foreach (var word in Group(text[start]))
        {
            if (word.Length == length && string.CompareOrdinal(text, start, word, 0, length) == 0) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether one of the words stands at <paramref name="start"/> of <paramref name="text"/>, ending where a word ends
    /// unless <paramref name="wordEndRequired"/> is false (the word may open a longer one).
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public bool OpensAt(string text, int start, bool wordEndRequired = true)
    {
        if (start >= text.Length) return false;
        foreach (var word in Group(text[start]))
        {
            var end = start + word.Length;
            if (end <= text.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0
                && (!wordEndRequired || end == text.Length || !CharKinds.IsLetterOrMark(text[end]))) return true;
        }

        return false;
    }

    private string[] Group(char initial) => initial < InitialTableSize ? _byInitial[initial] ?? [] : _others;
}
