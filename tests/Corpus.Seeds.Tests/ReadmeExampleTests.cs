using Corpus.Seeds;

namespace Corpus.Seeds.Tests;

/// <summary>The README's example, line for line, so the documented values stay true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_values_hold()
    {
        Article article = Articles.QuanChucCapCaoMyToiHanQuocBanVeThuongDinhSongPhuong;

        article.Title.ShouldBe("Quan chức cấp cao Mỹ tới Hàn Quốc bàn về thượng đỉnh song phương");
        article.Agency.ShouldBe("Vietnam+");
        article.Site.ShouldBe("vietnamplus.vn");
        article.Published?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2023-04-05 15:10 +07:00");
        article.Images[0].Credit.ShouldBe("Yonhap");
        article.Links[0].ShouldBe("Bộ trưởng Quốc phòng Mỹ, Hàn Quốc nhất trí tăng cường hợp tác an ninh");
        Articles.Get("002_27aa4dd25fd297e8").ShouldBeSameAs(article);
        Articles.TryGet("004_e56ef27ba0c607c2", out var ttxvn).ShouldBeTrue();
        ttxvn.Author.ShouldBe("Nguyễn Hằng");
    }
}

/// <summary>Every rules file shown in README.md and docs/rules.md is a valid rules file, and the explain sample is real output.</summary>
public sealed class DocumentedRulesTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Documents() => new("README.md", "docs/rules.md");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_json_rules_example_builds(string document)
    {
        var examples = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(Root, document)), "```json\n(?<json>.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);

        examples.Count.ShouldBeGreaterThan(0);
        foreach (System.Text.RegularExpressions.Match example in examples)
        {
            RuleSet.TryFromJson(example.Groups["json"].Value, out var rules, out var problems).ShouldBeTrue(string.Join("\n", problems));
            rules!.Rules.Count.ShouldBeGreaterThan(RuleSet.Default.Rules.Count - 2);
        }
    }

    [Fact]
    public void The_schema_validates_its_own_shape_and_lists_every_kind_a_rule_can_have()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "docs", "corpus.rules.schema.json")));
        var kinds = schema.RootElement.GetProperty("$defs").GetProperty("rule").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(kind => kind.GetString()!).ToList();

        kinds.ShouldBe(Enum.GetNames<PieceKind>().Where(kind => kind != nameof(PieceKind.Lead)).Select(kind => char.ToLowerInvariant(kind[0]) + kind[1..]));
        var placements = schema.RootElement.GetProperty("$defs").GetProperty("placement").GetProperty("enum").EnumerateArray().Select(place => place.GetString()!);
        placements.ShouldBe(Enum.GetNames<RulePlacement>().Select(place => char.ToLowerInvariant(place[0]) + place[1..]));
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"No Corpus.sln above {AppContext.BaseDirectory}.");
    }
}
