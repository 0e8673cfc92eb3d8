using System;
using System.Collections.Generic;
using Corpus.Parsing.Text;

namespace Corpus;

/// <summary>Splits Vietnamese text into sentences, the way the parser finds sentence boundaries inside long lines.</summary>
public static class Sentences
{
    /// <summary>
    /// The sentences of <paramref name="text"/>: a sentence ends at '.', '!', '?' or '…' (with any closing quotes or
    /// brackets) before a space and a capital, a digit or an opening quote. Abbreviations (<c>TP.</c>, <c>ThS.</c>),
    /// initials (<c>V.</c>, <c>Ng.</c>) and dots inside numbers and words (<c>5.000</c>, <c>15.7.2017</c>,
    /// <c>TP.HCM</c>) do not end one. A sentence also starts where a scraper ran a subheading or a headline into it
    /// with no full stop: a capitalized sentence opener and a lowercase word after a lowercase word, outside brackets
    /// and quotes (<c>… tắc đường Với số tiền…</c>).
    /// </summary>
    /// <param name="text">Clean text: one paragraph, single spaces.</param>
    public static IReadOnlyList<string> Split(string text) =>
        SentenceSplitter.Split(text ?? throw new ArgumentNullException(nameof(text)));
}
