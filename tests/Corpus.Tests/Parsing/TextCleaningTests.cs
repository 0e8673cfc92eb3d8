using CsCheck;
using Corpus.Parsing;
using Corpus.Tests.Support;

namespace Corpus.Tests.Parsing;

public sealed class TextCleaningTests
{
    [Theory]
    [InlineData("  a\u00A0\u00A0b \t c  ", "a b c")]
    [InlineData("\uFEFFa\u200Bb", "ab")]
    [InlineData("a\0b\u0007c", "abc")]
    [InlineData("X\u034Fót x\u034Fa c\u034F\u034Fảnh", "Xót xa cảnh")]
    [InlineData("ng\u17B4ười d\u17B5ân", "người dân")]
    [InlineData("thông\u00ADtin \u200Etrong\u202B nước\u202C\u2060", "thôngtin trong nước")]
    [InlineData("\U0001F469\u200D\U0001F4BB \u2764\uFE0F", "\U0001F469\u200D\U0001F4BB \u2764\uFE0F")]
    public void Clean_collapses_spaces_and_drops_invisible_characters(string text, string expected) =>
        TextCleaning.Clean(text).ShouldBe(expected);

    [Theory]
    [InlineData("truy vết&nbspxác định", "truy vết xác định")]
    [InlineData("dòng trạng thái: &quot;Bày với&quot;.", "dòng trạng thái: \"Bày với\".")]
    [InlineData("&#8220;Tết&#8221; &#x2013; &ldquo;xuân&rdquo;&nbsp;&nbsp;mới", "“Tết” – “xuân” mới")]
    [InlineData("Vi&#7879;t Nam", "Việt Nam")]
    [InlineData("Hội chợ Xuân &amp; Tết", "Hội chợ Xuân & Tết")]
    [InlineData("&amp;nbsp; printed twice escaped", "&nbsp; printed twice escaped")]
    [InlineData("AT&T, Q&A, R&D, &KTHN, & và &#;, &#xD800; &#0; &unknown;", "AT&T, Q&A, R&D, &KTHN, & và &#;, &#xD800; &#0; &unknown;")]
    public void Clean_reads_html_references_a_scraper_left_as_their_characters(string text, string expected) =>
        TextCleaning.Clean(text).ShouldBe(expected);

    [Fact]
    public void Clean_replaces_lone_surrogates_instead_of_throwing()
    {
        // Built at run time: an attribute cannot carry a lone surrogate.
        var text = "a" + (char)0xD800 + "b" + (char)0xDC00;

        TextCleaning.Clean(text).ShouldBe("a\uFFFDb\uFFFD");
    }

    [Fact]
    public void Clean_composes_to_nfc()
    {
        var decomposed = "Việt Nam".Normalize(System.Text.NormalizationForm.FormD);

        decomposed.ShouldNotBe("Việt Nam");
        TextCleaning.Clean(decomposed).ShouldBe("Việt Nam");
    }

    [Theory]
    [InlineData("Đường đến Điện Biên", "Duong den Dien Bien")]
    [InlineData("Quan chức cấp cao Mỹ", "Quan chuc cap cao My")]
    [InlineData("Ngoại trưởng Hàn Quốc – Mỹ", "Ngoai truong Han Quoc  My")]
    public void FoldToAscii_drops_marks_and_maps_d_with_stroke(string text, string expected) =>
        TextCleaning.FoldToAscii(text).ShouldBe(expected);

    [Fact]
    public void Key_matches_a_headline_with_and_without_diacritics()
    {
        TextCleaning.Key("Quan chức cấp cao Mỹ tới Hàn Quốc").ShouldBe(TextCleaning.Key("quan chuc cap cao my toi han quoc"));
        TextCleaning.Key("Hàn Quốc, Mỹ: nhất trí!").ShouldBe("han quoc my nhat tri");
    }
}

/// <summary>The fast paths that keep ICU off the hot path give exactly ICU's answers.</summary>
public sealed class TextCleaningFastPathTests
{
    [Fact]
    public void Every_character_the_nfc_fast_path_accepts_is_nfc_and_never_composes_with_a_preceding_letter()
    {
        string[] starters = ["A", "a", "e", "o", "u", "ơ", "ư", "ê", "ô", "â", "ă", "Ư", "ᄀ", "가", " "];
        var accepted = 0;
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var text = ((char)code).ToString();
            if (char.IsSurrogate((char)code) || !TextCleaning.IsPlainlyNfc(text)) continue;
            accepted++;
            text.IsNormalized(System.Text.NormalizationForm.FormC).ShouldBeTrue($"U+{code:X4}");
            foreach (var starter in starters) (starter + text).IsNormalized(System.Text.NormalizationForm.FormC).ShouldBeTrue($"{starter} + U+{code:X4}");
        }

        accepted.ShouldBeGreaterThan(900);
    }

    [Fact]
    public void Folding_character_by_character_equals_decomposing_the_whole_string() =>
        Gen.String[Gen.Char["aăâdđeêioôơuưyAĂÂDĐEÊIOÔƠUƯY àáảãạềếểễệ\u0300\u0301\u0303\u0309\u0323\u00C5\u212B\u1100\u1161\uAC00ǅ"], 0, 30]
            .Sample(text => TextCleaning.FoldToAscii(text).ShouldBe(ReferenceFold(text)), iter: 3000);

    [Fact]
    public void Clean_gives_the_definitions_answer_for_every_character_alone_and_between_others()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            foreach (var text in new[] { c.ToString(), "a" + c + "b", " " + c + " ", "ê " + c, c + "\u00A0ư" })
            {
                TextCleaning.Clean(text).ShouldBe(ReferenceClean(text), $"U+{code:X4} in \"{text}\"");
            }
        }
    }

    [Theory]
    [InlineData("Vi\u00EA \u0323t Nam", "Việt Nam")]
    [InlineData("ngu\u0301\u0301y", "ngúy")]
    [InlineData("a \u0301 \u0301b", "áb")]
    [InlineData("\u0301 đầu", "\u0301 đầu")]
    [InlineData("1 \u0301", "1 \u0301")]
    public void A_mark_cut_from_its_letter_rejoins_it_and_a_doubled_mark_counts_once(string printed, string clean) =>
        TextCleaning.Clean(printed).ShouldBe(clean.Normalize(System.Text.NormalizationForm.FormC));

    [Fact]
    public void Clean_and_key_give_the_definitions_answer_for_any_text() =>
        Gen.String[Gen.OneOf(Gen.Char["aăđê ôơưAĐ .,:!?-\u00A0\t\n\u200B\uFEFF\u0301\u0301\u0323\u0309\u2028\u202F\u2013\u201Cǅ\uFFFF\u034F\u17B4\u00AD\u200D\u200E\u202B\u2060"], Gen.Char), 0, 40]
            .Sample(text =>
            {
                TextCleaning.Clean(text).ShouldBe(ReferenceClean(text));
                TextCleaning.Key(text).ShouldBe(ReferenceKey(text));
                var key = ReferenceKey(text);
                TextCleaning.KeyInitialOfClean(TextCleaning.Clean(text)).ShouldBe(key.Length > 0 ? key[0] : '\0');
            }, iter: 5000);

    [Fact]
    public void Plain_text_by_blocks_is_clean_text_with_no_ampersand() =>
        // Boundary characters of each range the vector test takes, spaces in a row, and lengths on both sides of a block.
        Gen.Select(Gen.String[Gen.OneOf(Gen.Char["aăệ  &~\u001F\u007F\u00A0\u00A1\u00AD\u02FF\u0300\u1DFF\u1E00\u1EFF\u1F00\u200F\u2010\u2027\u2028\u202F\u2030\u205E\u205F"], Gen.Char), 0, 40], Gen.Int[0, 3])
            .Sample((text, skip) =>
            {
                var start = Math.Min(skip, text.Length);
                var part = text.Substring(start);
                Corpus.Parsing.Text.PlainText.IsPlain(text, start, text.Length - start)
                    .ShouldBe(TextCleaning.IsCleanOneByOne(text, start, text.Length - start) && part.IndexOf('&') < 0, $"'{part}'");
            }, iter: 20000);

    [Fact]
    public void The_misdecoding_prefilter_passes_every_text_the_expression_finds_a_sequence_in() =>
        // Leads, continuations and the characters either side of each range the prefilter reads, in any order.
        Gen.String[Gen.OneOf(Gen.Char["aá âÃÆÂÇàã\u0080\u00A0\u00BF\u00C0\u0151\u0152\u01B0\u02DC\u02DD\u2012\u2013\u201C\u2122\u2123"], Gen.Char), 0, 40]
            .Sample(text =>
            {
                if (MisdecodedText.Utf8AsLegacy.IsMatch(text)) MisdecodedText.MayHoldUtf8AsLegacy(text).ShouldBeTrue($"'{text}'");
            }, iter: 20000);

    [Fact]
    public void The_misdecoding_prefilter_turns_down_printed_news_pages()
    {
        // It pays only if Vietnamese pages pass it by: the seeds do, though each has many an 'á' and an 'â'.
        var pages = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds"), "*.txt").Select(File.ReadAllText).ToArray();
        pages.ShouldAllBe(page => !MisdecodedText.MayHoldUtf8AsLegacy(page));
    }

    [Fact]
    public void Printed_news_lines_are_plain_text()
    {
        // The vector test pays only if the lines pages print pass it: every clean line of the seeds without an ampersand.
        var lines = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds"), "*.txt").SelectMany(File.ReadAllLines)
            .Where(line => line.Length > 0 && line.IndexOf('&') < 0 && TextCleaning.Clean(line) == line).ToArray();
        lines.Length.ShouldBeGreaterThan(100);
        lines.ShouldAllBe(line => Corpus.Parsing.Text.PlainText.IsPlain(line, 0, line.Length));
    }

    /// <summary>Default-ignorable characters with no text of their own (Unicode's list, less ZWJ and variation selectors, which shape emoji).</summary>
    private static bool IsDefaultIgnorableFiller(char c) =>
        c is '\u00AD' or '\u034F' or '\u17B4' or '\u17B5' or '\u180E' or '\uFEFF'
        || c is >= '\u200B' and <= '\u200F' and not '\u200D'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2060' and <= '\u206F' and not '\u2065';

    private static bool IsMark(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// The definition of clean text: white space runs as one space, trimmed, invisible characters dropped, ill-formed
    /// UTF-16 and noncharacters as U+FFFD, a mark cut from its letter by spaces rejoined, a doubled mark once, then NFC.
    /// </summary>
    private static string ReferenceClean(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (word.Length > 0) words.Add(word.ToString());
                word.Clear();
            }
            else if (char.IsControl(c) || IsDefaultIgnorableFiller(c)) { }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) word.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF') word.Append('\uFFFD');
            else word.Append(c);
        }

        if (word.Length > 0) words.Add(word.ToString());

        // A word that starts with a combining mark belongs to the word before, when that ends in a letter or a mark.
        for (var i = words.Count - 1; i > 0; i--)
        {
            var previous = words[i - 1][^1];
            if (IsMark(words[i][0]) && (char.IsLetter(previous) || IsMark(previous)))
            {
                words[i - 1] += words[i];
                words.RemoveAt(i);
            }
        }

        // A combining mark right after the same mark counts once.
        var marked = new System.Text.StringBuilder();
        foreach (var c in string.Join(" ", words))
        {
            if (IsMark(c) && marked.Length > 0 && marked[^1] == c) continue;
            marked.Append(c);
        }

        var joined = marked.ToString();
        try
        {
            return joined.Normalize(System.Text.NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return string.Concat(joined.Select(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNotAssigned ? '\uFFFD' : c)).Normalize(System.Text.NormalizationForm.FormC);
        }
    }

    /// <summary>The definition of a key: the ASCII fold's letters and digits, lower case, words joined by one space.</summary>
    private static string ReferenceKey(string text) =>
        string.Join(" ", System.Text.RegularExpressions.Regex.Split(ReferenceFold(text).ToLowerInvariant(), "[^a-z0-9]+").Where(word => word.Length > 0));

    /// <summary>The definition: NFD of the whole clean string, keeping ASCII, đ/Đ as d/D and spaces as a space.</summary>
    private static string ReferenceFold(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in TextCleaning.Clean(text).Normalize(System.Text.NormalizationForm.FormD))
        {
            if (c < 128) builder.Append(c);
            else if (c is 'đ' or 'Đ') builder.Append(c == 'đ' ? 'd' : 'D');
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator) builder.Append(' ');
        }

        return builder.ToString();
    }
}
