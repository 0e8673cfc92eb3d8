using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

public sealed class TextCleaningTests
{
    [Theory]
    [InlineData("  a\u00A0\u00A0b \t c  ", "a b c")]
    [InlineData("\uFEFFa\u200Bb", "ab")]
    [InlineData("a\0b\u0007c", "abc")]
    public void Clean_collapses_spaces_and_drops_invisible_characters(string text, string expected) =>
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
