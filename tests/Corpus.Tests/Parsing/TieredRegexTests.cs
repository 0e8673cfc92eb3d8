using System.Text.RegularExpressions;
using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

/// <summary>An expression runs interpreted until it is hot, then compiled, and finds the same matches either way.</summary>
public sealed class TieredRegexTests
{
    private const string Caption = @"\((Ảnh|Nguồn):\s?(?<credit>[^()]+)\)$";

    [Fact]
    public void It_runs_interpreted_at_first_and_compiled_once_hot_with_the_same_matches()
    {
        var tiered = new TieredRegex(Caption, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        var reference = new Regex(Caption, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        string[] lines = ["Người dân đổ về trung tâm (Ảnh: Minh Anh)", "Một câu thường.", "Cầu mới (Nguồn: Sở GTVT)"];

        tiered.Regex.Options.HasFlag(RegexOptions.Compiled).ShouldBeFalse();
        for (var use = 0; use < 3000; use++)
        {
            var line = lines[use % lines.Length];
            var (got, want) = (tiered.Match(line), reference.Match(line));
            (got.Success, got.Groups["credit"].Value).ShouldBe((want.Success, want.Groups["credit"].Value));
        }

        tiered.Regex.Options.HasFlag(RegexOptions.Compiled).ShouldBeTrue();
        tiered.Regex.MatchTimeout.ShouldBe(Regex.InfiniteMatchTimeout);
    }

    [Fact]
    public void A_match_timeout_is_kept_when_it_compiles()
    {
        var timeout = TimeSpan.FromMilliseconds(250);
        var tiered = new TieredRegex(Caption, RegexOptions.CultureInvariant, timeout);

        for (var use = 0; use < 3000; use++) tiered.IsMatch("Một câu thường.").ShouldBeFalse();

        tiered.Regex.Options.HasFlag(RegexOptions.Compiled).ShouldBeTrue();
        tiered.Regex.MatchTimeout.ShouldBe(timeout);
    }

    [Theory]
    [InlineData("(?:Tin|Bài) số {0}(?![0-9])", 60, false)]
    [InlineData("Tin số {0}", 200, true)]
    public void A_long_expression_compiles_once_hot_only_when_it_has_few_groups(string alternative, int alternatives, bool compiles)
    {
        // Over a thousand characters either way: with dozens of groups, as the built-in expressions that spell out a
        // name, compiled the JIT would not optimize it; a list of words in one group compiles to a compact matcher.
        var pattern = "^(?:" + string.Join("|", Enumerable.Range(0, alternatives).Select(i => string.Format(alternative, i))) + ")$";
        pattern.Length.ShouldBeGreaterThan(1000);
        var tiered = new TieredRegex(pattern, RegexOptions.CultureInvariant);

        for (var use = 0; use < 3000; use++) tiered.IsMatch($"Tin số {use % (alternatives + 15)}").ShouldBe(use % (alternatives + 15) < alternatives);

        tiered.Regex.Options.HasFlag(RegexOptions.Compiled).ShouldBe(compiles);
    }
}
