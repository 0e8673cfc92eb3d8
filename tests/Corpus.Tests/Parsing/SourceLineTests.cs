using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

/// <summary>A page's line remembers which of its rule set's required texts it holds, and answers as a search would.</summary>
public sealed class SourceLineTests
{
    [Fact]
    public void A_line_holds_what_a_search_finds_under_every_number_and_on_every_asking()
    {
        var line = new SourceLine(0, 40, "Người dân đổ về trung tâm (Ảnh: Minh Anh)");
        const int Count = 130;
        string[] literals = ["Ảnh", "Theo", "(", "Nguồn", "Minh Anh)", "ảnh"];
        int[] ids = [0, 63, 64, 65, 127, 129];

        for (var asking = 0; asking < 2; asking++)
        {
            for (var i = 0; i < literals.Length; i++)
            {
                line.Holds(ids[i], Count, literals[i]).ShouldBe(line.Text.Contains(literals[i], StringComparison.Ordinal), $"{literals[i]} as {ids[i]}");
            }

            line.Holds(1, Count, ':').ShouldBeTrue();
            line.Holds(2, Count, '|').ShouldBeFalse();
        }
    }
}
