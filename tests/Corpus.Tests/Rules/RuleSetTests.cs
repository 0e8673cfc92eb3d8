using Corpus.Tests.Support;

namespace Corpus.Tests.Rules;

/// <summary>Rules are data: checked when a set is built, explainable, scoped to sites, and a project's add to the built-in ones.</summary>
public sealed class RuleSetTests
{
    private static ArticleParseResult Read(string page, RuleSet rules) =>
        ArticleParser.ParseDetailed("a", page, rules, TestContext.Current.CancellationToken);

    private const string Page = "Tiêu đề bài\nĐoạn mở đầu của bài.\nQuảng cáo: mua ngay hôm nay\nĐoạn cuối của bài.\n";

    [Fact]
    public void Built_in_rules_are_named_ordered_by_precedence_and_described()
    {
        var rules = RuleSet.Default.Rules;

        rules.Select(rule => rule.Name).ShouldBeUnique();
        rules.Select(rule => rule.Precedence).ShouldBeInOrder(SortDirection.Descending);
        rules.ShouldAllBe(rule => !string.IsNullOrWhiteSpace(rule.Description));
        rules.ShouldAllBe(rule => rule.Sites.Count == 0);
    }

    [Fact]
    public void Built_in_rules_cheap_tests_take_any_text_and_any_position_in_it()
    {
        string[] texts = ["", "a", ".", ". ", "A.", ". A", "A. B", "\" ", "1. A B.", "x. Ab Cd. e", "Ab. Cd Ef. ", ">> A", "a Ông", "A \"b\" C d"];
        foreach (var (rule, hints) in Corpus.Parsing.Rules.BuiltInRules.All)
        {
            foreach (var text in texts)
            {
                Should.NotThrow(() => hints.MayContain(text), rule.Name);
                if (hints.LineGate is { } lineGate) Should.NotThrow(() => lineGate(text), rule.Name);
                for (var start = 0; start < text.Length; start++)
                {
                    if (hints.Gate is { } gate) Should.NotThrow(() => gate(text, start), $"{rule.Name} at {start} of '{text}'");
                }
            }
        }
    }

    [Fact]
    public void Built_in_tail_gates_pass_every_text_their_pattern_ends()
    {
        // A gate that turned down a text its pattern ends would lose a byline silently; the pattern decides here (at the
        // end of the story's text, or a whole line), on every line of the convention pages and the seeds cut at each
        // sentence end, as the closing walk cuts pieces.
        var view = RuleSet.Default.For(null);
        var gated = view.Closing.Concat(view.Lines).Distinct().Where(rule => rule.Hints.TailGate is not null).ToArray();
        gated.Length.ShouldBeGreaterThan(0);
        var folders = new[] { Path.Combine("tests", "Corpus.Tests", "Conventions", "Pages"), "seeds" };
        var texts = folders.SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryRoot.Path, folder), "*.txt"))
            .SelectMany(File.ReadAllLines).Select(line => line.Trim()).Where(line => line.Length > 0)
            .SelectMany(SentenceEnds).Distinct(StringComparer.Ordinal).ToArray();

        foreach (var rule in gated)
        {
            var matched = 0;
            foreach (var text in texts)
            {
                if (rule.Tail?.IsMatch(text) != true && rule.Whole?.IsMatch(text) != true) continue;
                matched++;
                rule.Hints.MayEnd(text).ShouldBeTrue($"{rule.Name} matches the end of '{text}'");
            }

            matched.ShouldBeGreaterThan(0, $"the pages show {rule.Name}'s convention, so its gate is checked");
        }

        static IEnumerable<string> SentenceEnds(string line)
        {
            yield return line;
            for (var end = line.IndexOf(". ", StringComparison.Ordinal); end > 0; end = line.IndexOf(". ", end + 1, StringComparison.Ordinal))
            {
                yield return line.Substring(0, end + 1);
                yield return line.Substring(0, end);
            }
        }
    }

    [Fact]
    public void Built_in_prefilters_pass_every_line_their_pattern_takes_whole()
    {
        // A rule's longest line, required texts, marker and tail gate spare its pattern; one that turned down a line the
        // pattern takes would leave furniture in the story silently. The pattern decides, on every line of the convention
        // pages and the seeds, and on lines in the casings a case-insensitive pattern allows.
        var view = RuleSet.Default.For(null);
        var folders = new[] { Path.Combine("tests", "Corpus.Tests", "Conventions", "Pages"), "seeds" };
        string[] casings = ["Đăng ký kênh Youtube Thời sự", "ĐĂNG KÝ KÊNH YOUTUBE THỜI SỰ:", "Mời bạn đọc đăng ký kênh", "Thu Hà | 12/06/2023 10:30", "12 tháng 6, năm 2023 | Thu Hà"];
        var lines = folders.SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryRoot.Path, folder), "*.txt"))
            .SelectMany(File.ReadAllLines).Select(Corpus.Parsing.TextCleaning.Clean).Where(line => line.Length > 0)
            .Concat(casings).Distinct(StringComparer.Ordinal).ToArray();
        var matched = 0;
        foreach (var rule in view.Lines.Where(rule => !rule.IsStructural && rule.Whole is not null))
        {
            foreach (var line in lines)
            {
                if (!rule.Whole!.IsMatch(line)) continue;
                matched++;
                rule.MayMatchLine(line).ShouldBeTrue($"{rule.Name} takes '{line}'");
            }
        }

        matched.ShouldBeGreaterThan(100);
    }

    [Theory]
    [InlineData("credit-inside-line")]
    [InlineData("caption-illustration-inside-line")]
    [InlineData("caption-photo-origin")]
    [InlineData("caption-credit-in-brackets-inside-line")]
    public void A_start_gate_that_only_spares_a_search_passes_every_sentence_start_its_pattern_matches_at(string name)
    {
        // These gates only look for what the pattern must find (other rules' gates add guards of their own): one that
        // turned down a place the pattern matches would leave a caption or a credit in the story silently. The pattern
        // decides here, at every sentence start of every line of the convention pages and the seeds, as the reader tries them.
        var rule = RuleSet.Default.For(null).Inside.Single(candidate => candidate.Name == name);
        rule.Hints.Gate.ShouldNotBeNull();
        var folders = new[] { Path.Combine("tests", "Corpus.Tests", "Conventions", "Pages"), "seeds" };
        var texts = folders.SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryRoot.Path, folder), "*.txt"))
            .SelectMany(File.ReadAllLines).Select(Corpus.Parsing.TextCleaning.Clean).Where(line => line.Length > 0)
            .Distinct(StringComparer.Ordinal).ToArray();
        var starts = new List<int>();
        var (matched, turnedDown) = (0, 0);
        foreach (var text in texts)
        {
            Corpus.Parsing.Text.SentenceSplitter.Starts(text, starts);
            foreach (var start in starts)
            {
                var gate = rule.Hints.MayStartAt(text, start);
                if (!gate) turnedDown++;
                if (!rule.Inside!.Match(text, start).Success) continue;
                matched++;
                gate.ShouldBeTrue($"{rule.Name} matches at {start} of '{text}'");
            }
        }

        matched.ShouldBeGreaterThan(0, $"the pages show {rule.Name}'s convention, so its gate is checked");
        turnedDown.ShouldBeGreaterThan(matched, "the gate spares most sentence starts the search");
    }

    [Fact]
    public void A_project_rule_claims_what_it_matches_and_explain_names_it()
    {
        var rules = RuleSet.FromJson("""
            { "rules": [ { "name": "ads", "kind": "chrome", "pattern": "Quảng cáo: .*" } ] }
            """);

        Read(Page, rules).Article.Paragraphs.ShouldBe(["Đoạn mở đầu của bài.", "Đoạn cuối của bài."]);
        ArticleParser.Explain(Page, rules).ShouldContain(piece => piece.Rule == "ads" && piece.Kind == PieceKind.Chrome && piece.Text == "Quảng cáo: mua ngay hôm nay");
        ArticleParser.Parse("a", Page).Paragraphs.Count.ShouldBe(3, "the built-in rules alone keep the line");
    }

    [Fact]
    public void Text_rules_match_whole_lines_exactly_and_a_rule_named_like_a_built_in_one_replaces_it()
    {
        var rules = RuleSet.FromJson("""
            { "rules": [
                { "name": "ads", "kind": "chrome", "text": ["Quảng cáo: mua ngay hôm nay", "Khác"] },
                { "name": "byline-bare", "kind": "chrome", "text": "Không dùng" }
            ] }
            """);

        Read(Page, rules).Article.Paragraphs.Count.ShouldBe(2);
        rules.Rules.Single(rule => rule.Name == "byline-bare").Kind.ShouldBe(PieceKind.Chrome);
        Read("T\nCâu cuối.\nNguyễn Văn An\n", rules).Article.Author.ShouldBeNull();
    }

    [Fact]
    public void Disabled_rules_are_off_and_a_name_that_is_no_rule_is_a_problem()
    {
        var rules = RuleSet.FromJson("""{ "disable": ["byline-bare"] }""");
        Read("T\nCâu cuối.\nNguyễn Văn An\n", rules).Article.Author.ShouldBeNull();
        ArticleParser.Parse("a", "T\nCâu cuối.\nNguyễn Văn An\n").Author.ShouldBe("Nguyễn Văn An");

        RuleSet.TryFromJson("""{ "disable": ["no-such-rule"] }""", out _, out var problems).ShouldBeFalse();
        problems.ShouldHaveSingleItem().Rule.ShouldBe("no-such-rule");
    }

    [Fact]
    public void A_structural_caption_rule_turned_off_leaves_its_lines_as_text()
    {
        const string page = "Tiêu đề\nĐội nhà thắng 2-0 tối qua. Đây là trận thắng thứ ba liên tiếp.\n"
            + "Thủ môn đội khách cản phá cú sút ở phút 20.\nHai bàn thắng đến trong hiệp hai. Khán giả ở lại ăn mừng.\n";
        const string caption = "Thủ môn đội khách cản phá cú sút ở phút 20.";

        ArticleParser.Parse("a", page).Images.ShouldHaveSingleItem().Caption.ShouldBe(caption);
        var article = Read(page, RuleSet.FromJson("""{ "disable": ["caption-between-paragraphs"] }""")).Article;
        article.Images.ShouldBeEmpty();
        article.Paragraphs.ShouldContain(caption);
    }

    [Fact]
    public void Site_rules_apply_only_to_pages_of_that_site()
    {
        var rules = RuleSet.FromJson("""
            { "rules": [ { "name": "promo", "kind": "chrome", "text": "Đăng ký nhận tin", "sites": ["example.vn"] } ] }
            """);
        const string body = "Tiêu đề\nĐoạn văn.\nĐăng ký nhận tin\n";

        Read("# url = https://tin.example.vn/bai-viet/tieu-de-1.htm\n" + body, rules).Article.Paragraphs.ShouldBe(["Đoạn văn."]);
        Read("# url = https://other.vn/bai-viet/tieu-de-1.htm\n" + body, rules).Article.Paragraphs.Count.ShouldBe(2);
        Read(body, rules).Article.Paragraphs.Count.ShouldBe(2, "a page that names no site");
    }

    [Theory]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "byline", "pattern": "(?<auther>.+)" } ] }""", "has no group 'auther'; it takes author, agency")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "byline", "pattern": "[A-Z].+" } ] }""", "must capture one of (?<author>…), (?<agency>…)")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "metadataHeader", "pattern": "(?<key>a)=(?<value>b)", "placement": "insideLine" } ] }""", "cannot apply at InsideLine")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "dateline", "pattern": "Năm (?<y>[0-9]{4})" } ] }""", "captures the year must capture the day and month too")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "chrome", "pattern": "(unclosed" } ] }""", "not a valid regular expression")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "chrome", "pattern": "a*" } ] }""", "matches empty text")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "chrome", "pattern": "{nom}" } ] }""", "'{nom}' is not a known shape")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "caption", "pattern": "a", "sites": ["not a host"] } ] }""", "is not a host name")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "chrome", "pattern": "a" }, { "name": "x", "kind": "chrome", "pattern": "b" } ] }""", "two rules have this name")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "chrome" } ] }""", "needs a 'pattern' (a regular expression) or a 'text'")]
    [InlineData("""{ "rules": [ { "name": "x", "kind": "chrome", "pattern": "a", "text": ["a"] } ] }""", "not both")]
    public void A_wrong_rule_is_a_problem_that_says_what_to_fix(string json, string message)
    {
        RuleSet.TryFromJson(json, out var rules, out var problems).ShouldBeFalse();
        rules.ShouldBeNull();
        problems.ShouldContain(problem => problem.Message.Contains(message), string.Join("\n", problems));
        Should.Throw<RuleSetException>(() => RuleSet.FromJson(json)).Message.ShouldContain(message);
    }

    [Fact]
    public void A_dateline_rule_may_name_only_the_place_a_story_was_filed_from()
    {
        // A made-up convention: the town in brackets opening the first line ('(Sa Pa) Sáng nay, …').
        var rules = RuleSet.FromJson("""
            { "rules": [ { "name": "town", "kind": "dateline", "pattern": "^\\((?<place>Sa Pa)\\)", "placement": "insideLine" } ] }
            """);
        var article = Read("Tiêu đề\n(Sa Pa) Sáng nay, tuyết rơi.\n", rules).Article;

        article.Lead.ShouldBe("Sáng nay, tuyết rơi.");
        article.Metadata.ShouldBe([new MetadataEntry("place", "Sa Pa")]);
    }

    [Fact]
    public void A_helper_group_named_with_an_underscore_can_be_referred_back_to_and_fills_no_field()
    {
        // A line whose first word is printed twice is a caption, once (a made-up convention, to show the back-reference).
        var rules = RuleSet.FromJson("""
            { "rules": [ { "name": "doubled", "kind": "caption", "pattern": "(?<_word>\\S+) (?<caption>\\k<_word> .+)" } ] }
            """);
        var article = Read("Tiêu đề\nĐoạn văn.\nCầu Cầu Rồng về đêm\n", rules).Article;

        article.Paragraphs.ShouldBe(["Đoạn văn."]);
        article.Images.ShouldHaveSingleItem().Caption.ShouldBe("Cầu Rồng về đêm");
    }

    [Fact]
    public void Problems_in_a_rules_file_are_located_at_the_line_and_column_at_fault()
    {
        const string json = "{\n  \"rules\": [\n    { \"name\": \"x\", \"kind\": \"chrome\", \"pattern\": \"a\", \"placment\": \"closing\" }\n  ]\n}";
        RuleSet.TryFromJson(json, out _, out var problems).ShouldBeFalse();
        var problem = problems.ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((2, 53));
        problem.Message.ShouldContain("unknown member 'placment'");

        RuleSet.TryFromJson("{ \"rules\": [ \n  { \"name\": \"x\", }\n] }", out _, out var syntax).ShouldBeFalse();
        syntax.ShouldHaveSingleItem().Line.ShouldBe(1);

        RuleSet.TryFromJson("""{ "rules": [ { "name": "x", "kind": "chrome", "pattern": "\d" } ] }""", out _, out var escape).ShouldBeFalse();
        escape.ShouldHaveSingleItem().Message.ShouldContain("written '\\\\' in JSON");
    }

    [Fact]
    public void A_project_pattern_that_runs_too_long_is_given_up_and_reported_not_a_hang()
    {
        var rules = RuleSet.FromJson("""
            { "matchTimeoutMilliseconds": 20, "rules": [ { "name": "slow", "kind": "chrome", "pattern": "(\\w+\\s?)+" } ] }
            """);
        var line = new string('a', 40) + "!";
        var page = "Tiêu đề\n" + line + "\n";

        var result = Read(page, rules);

        result.Problems.ShouldContain(problem => problem.Kind == ParseProblemKind.RuleTimedOut && problem.Text == "slow" && problem.Line == 1);
        result.Article.Paragraphs.ShouldBe([line]);
    }

    [Fact]
    public void Sets_with_the_same_rules_are_equal_and_a_changed_rule_makes_them_differ()
    {
        const string json = """{ "rules": [ { "name": "ads", "kind": "chrome", "text": "Quảng cáo" } ] }""";

        RuleSet.FromJson(json).ShouldBe(RuleSet.FromJson(json));
        RuleSet.FromJson(json).GetHashCode().ShouldBe(RuleSet.FromJson(json).GetHashCode());
        RuleSet.FromJson(json.Replace("Quảng cáo", "Rao vặt")).ShouldNotBe(RuleSet.FromJson(json));
        RuleSet.FromJson(json).ShouldNotBe(RuleSet.Default);
    }

    [Fact]
    public void Rules_built_in_code_are_checked_the_same_way()
    {
        var rule = new ParseRule("promo", PieceKind.Chrome, "Đăng ký nhận tin", RulePlacement.Anywhere | RulePlacement.InList, 950);
        var rules = RuleSet.Default.With([rule]);

        rules.Rules.First().Name.ShouldBe("front-matter");
        rules.Rules.ShouldContain(rule);
        Should.Throw<RuleSetException>(() => RuleSet.Create([new ParseRule("bad", PieceKind.Link, "x")]))
            .Problems.ShouldHaveSingleItem().Message.ShouldContain("(?<headline>…)");
    }
}
