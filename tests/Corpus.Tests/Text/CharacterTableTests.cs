using System.Globalization;
using Corpus.Parsing.Text;

namespace Corpus.Tests.Text;

/// <summary>The parser's character tables answer as the runtime's character tests do, for every UTF-16 unit.</summary>
public sealed class CharacterTableTests
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
}
