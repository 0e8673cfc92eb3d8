using System.Globalization;
using CsCheck;
using Corpus.Parsing.Text;

namespace Corpus.Tests.Text;

/// <summary>The parser's lookup tables answer as the tests they stand for: the runtime's character tests, a scan, a comparison of words.</summary>
public sealed class LookupTableTests
{
    [Fact]
    public void Character_kinds_agree_with_the_runtime_for_every_unit()
    {
        var checkedUnits = 0;
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var mark = CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (CharKinds.IsLetter(c) != char.IsLetter(c)
                || CharKinds.IsUpper(c) != char.IsUpper(c)
                || CharKinds.IsLower(c) != char.IsLower(c)
                || CharKinds.IsWhiteSpace(c) != char.IsWhiteSpace(c)
                || CharKinds.IsLetterOrDigit(c) != char.IsLetterOrDigit(c)
                || CharKinds.IsLetterOrMark(c) != (char.IsLetter(c) || mark)
                || CharKinds.IsLowerOrMark(c) != (char.IsLower(c) || mark))
            {
                throw new ShouldAssertException($"U+{code:X4} is classified unlike the runtime");
            }

            checkedUnits++;
        }

        checkedUnits.ShouldBe(char.MaxValue + 1);
    }

    [Theory]
    [InlineData("chuyện Đây là Ông", 0, 17, 7)]
    [InlineData("chuyện Đây là Ông", 8, 17, 14)]
    [InlineData("chuyện Đây là Ông", 8, 14, -1)]
    [InlineData("chuyện Đây là Ông", 15, 99, -1)]
    [InlineData("", 0, 5, -1)]
    public void A_character_set_finds_its_first_member_in_the_range(string text, int start, int end, int expected) =>
        new CharSet(['Đ', 'Ô']).IndexOfAny(text, start, end).ShouldBe(expected);

    [Fact]
    public void A_character_set_finds_by_blocks_what_it_finds_one_character_at_a_time()
    {
        // The sets the vector test serves (ASCII capitals and a few others) and one it leaves to the table (many others).
        CharSet[] sets = [new("BCDGHKLMNQRSTVÔĐ"), new(['Đ', 'Ô']), new("abc"), new("ĐÔƯƠĂÂÊ")];
        Gen.Select(Gen.String[Gen.OneOf(Gen.Char["aăđ ĐÔÂBVZ.\u1EA0"], Gen.Char), 0, 70], Gen.Int[0, 75], Gen.Int[0, 80]).Sample((text, start, end) =>
        {
            foreach (var set in sets) set.IndexOfAny(text, start, end).ShouldBe(set.IndexOfAnyOneByOne(text, start, end), $"'{text}' {start}..{end}");
        }, iter: 5000);
    }

    [Fact]
    public void The_sentence_openers_are_in_ordinal_order()
    {
        // A name's pattern looks for them at each of its words; in order, the expression parser merges the ones that
        // share first letters, and a name's lookahead tries a handful of them, not all fifty.
        var openers = Corpus.Parsing.Rules.RuleGrammar.Openers.Split('|');
        openers.ShouldBe(openers.OrderBy(opener => opener, StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("tắc đường Với số tiền", 10, 3, true)]
    [InlineData("tắc đường Với số tiền", 10, 2, false)]
    [InlineData("tắc đường Vớt số tiền", 10, 3, false)]
    [InlineData("tắc đường Để xem", 10, 2, true)]
    [InlineData("tắc đường để xem", 10, 2, false)]
    [InlineData("Với", 0, 0, false)]
    [InlineData("Với", 1, -1, false)]
    public void A_word_list_holds_exactly_its_words(string text, int start, int length, bool expected) =>
        new WordList(["Với", "Để", "Điều này"]).Contains(text, start, length).ShouldBe(expected);

    [Theory]
    [InlineData("rồi Điều này xảy ra", 4, true)]
    [InlineData("rồi Điều này", 4, true)]
    [InlineData("rồi Điều nàyy", 4, false)]
    [InlineData("rồi Điều kiện", 4, false)]
    [InlineData("rồi", 3, false)]
    public void A_word_list_finds_a_phrase_that_ends_where_a_word_ends(string text, int start, bool expected) =>
        new WordList(["Với", "Điều này"]).OpensAt(text, start).ShouldBe(expected);

    [Fact]
    public void A_word_list_names_the_characters_its_words_open_with() =>
        new WordList(["Với", "Vì", "Để", "", "\u2103C"]).Initials.OrderBy(c => c).ShouldBe(['V', 'Đ', '\u2103']);
}
