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

    [Fact]
    public void A_long_expression_of_many_groups_stays_interpreted_however_hot()
    {
        // Over a thousand characters and dozens of groups, as the built-in expressions that spell out a name: compiled,
        // the JIT would not optimize it.
        var pattern = "^(?:" + string.Join("|", Enumerable.Range(0, 60).Select(i => $"(?:Tin|Bài) số {i}(?![0-9])")) + ")$";
        pattern.Length.ShouldBeGreaterThan(1000);
        var tiered = new TieredRegex(pattern, RegexOptions.CultureInvariant);

        for (var use = 0; use < 3000; use++) tiered.IsMatch($"Tin số {use % 75}").ShouldBe(use % 75 < 60);

        tiered.Regex.Options.HasFlag(RegexOptions.Compiled).ShouldBeFalse();
    }

    [Fact]
    public void A_long_list_of_words_compiles_once_hot()
    {
        // Over a thousand characters in one group, as the sections' names or a list's headings: a compact matcher compiled.
        var pattern = "^(?:" + string.Join("|", Enumerable.Range(0, 200).Select(i => $"Tin số {i}")) + ")$";
        pattern.Length.ShouldBeGreaterThan(1000);
        var tiered = new TieredRegex(pattern, RegexOptions.CultureInvariant);

        for (var use = 0; use < 3000; use++) tiered.IsMatch($"Tin số {use % 250}").ShouldBe(use % 250 < 200);

        tiered.Regex.Options.HasFlag(RegexOptions.Compiled).ShouldBeTrue();
    }
}
