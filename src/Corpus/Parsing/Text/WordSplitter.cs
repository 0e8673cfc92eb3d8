using System.Collections.Generic;
using System.Text;

namespace Corpus.Parsing.Text;

/// <summary>
/// Splits clean text into tokens: Vietnamese syllables and other words (letters and marks, with '-', '.' or an
/// apostrophe inside a word kept, as in <c>TP.HCM</c>, <c>Kyung-wha</c>, <c>N.Anh</c>), numbers (digits with
/// '.', ',', '/', ':' or '-' between digits kept, as in <c>4,5</c>, <c>5.000</c>, <c>15.7.2017</c>, <c>30/4</c>,
/// <c>09:30</c>), and every other visible character as a token of its own (punctuation, symbols).
/// </summary>
internal static class WordSplitter
{
    public static void Split(string text, List<string> into)
    {
        var token = new StringBuilder();
        var kind = Kind.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (CharKinds.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                if (kind == Kind.Number) Flush(token, into, ref kind);
                token.Append(c);
                kind = Kind.Word;
            }
            else if (char.IsDigit(c))
            {
                if (kind == Kind.Word) Flush(token, into, ref kind);
                token.Append(c);
                kind = Kind.Number;
            }
            else if (kind == Kind.Word && c is '-' or '.' or '\'' or '’' && CharKinds.IsLetter(next))
            {
                token.Append(c);
            }
            else if (kind == Kind.Number && c is '.' or ',' or '/' or ':' or '-' && char.IsDigit(next))
            {
                token.Append(c);
            }
            else
            {
                Flush(token, into, ref kind);
                if (!CharKinds.IsWhiteSpace(c)) into.Add(char.IsHighSurrogate(c) && char.IsLowSurrogate(next) ? text.Substring(i++, 2) : c.ToString());
            }
        }

        Flush(token, into, ref kind);
    }

    private static void Flush(StringBuilder token, List<string> into, ref Kind kind)
    {
        if (token.Length > 0) into.Add(token.ToString());
        token.Clear();
        kind = Kind.None;
    }

    private enum Kind
    {
        None,
        Word,
        Number,
    }
}
