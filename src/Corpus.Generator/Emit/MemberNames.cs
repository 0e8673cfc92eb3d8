using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Generator.Model;
using Corpus.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Emit;

/// <summary>
/// Gives every article a property name: its title (or, with <c>CorpusPropertyNames=Id</c>, its id) folded to ASCII in
/// PascalCase (đ → d), unless a PropertyName is set. Ids are unique (later duplicates are left out) and names are made
/// unique in id order, so the result never depends on file order.
/// </summary>
internal static class MemberNames
{
    /// <summary>
    /// In a packed corpus larger than this only articles with a <c>PropertyName</c> get a property (every article
    /// stays reachable through <c>Get</c>, <c>TryGet</c> and <c>All</c>): each property costs the consumer's compile
    /// about 0.4 ms (measured: 10,000 of them took a 10,000-article build from 1.1× to 2.2× the time of the same files
    /// as embedded resources), more than a completion list that long is worth.
    /// </summary>
    public const int MaxPackedProperties = 1_000;

    /// <summary>Names the generated class already uses, or that would hide a member of <see cref="object"/>.</summary>
    private static readonly string[] Reserved =
    [
        "All", "Ids", "Get", "TryGet", "Storage", "AllIds", "AllArticles", "Pack", "TestCases", "XunitArticleSerializer",
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    ];

    public static CorpusNames Assign(IReadOnlyList<ArticleIdentity> articles, CorpusOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        // Unique ignoring case: hint names (and generated files on disk) are case-insensitive.
        var taken = new HashSet<string>(Reserved, StringComparer.OrdinalIgnoreCase) { options.ClassName };
        var firstById = new Dictionary<string, ArticleIdentity>(StringComparer.Ordinal);
        var named = new List<ArticleName>();
        var budget = new HeapBudget();

        // Files that produced no article are reported elsewhere and get no member.
        var generated = articles.Where(a => a.Title is not null).ToList();
        var packed = generated.Count(a => a.PackIndex >= 0);
        var onlyChosen = packed > MaxPackedProperties;
        if (onlyChosen)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                Diagnostics.TooManyProperties, null, 0, 0, 0, packed.ToString(CultureInfo.InvariantCulture), MaxPackedProperties.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var article in generated.OrderBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.FilePath, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (firstById.TryGetValue(article.Id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateId, article.FilePath, 0, 0, 0, article.Id, article.FilePath, first.FilePath));
                continue;
            }

            firstById.Add(article.Id, article);
            if (onlyChosen && article.PropertyName is null) continue;
            if (article.PackIndex < 0 && !budget.Fits(article, diagnostics)) continue;
            var name = Choose(article, options, taken, diagnostics);
            named.Add(article.PackIndex < 0
                ? new ArticleName(article.FilePath, article.Id, name)
                : new ArticleName(article.FilePath, article.Id, name, article.PackIndex, article.Title));
        }

        budget.Report(diagnostics);
        return new CorpusNames(new EquatableArray<ArticleName>(named), new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    /// <summary>
    /// Keeps the corpus under the string-heap budget, in id order, so the build never stops with CS8103. Articles past
    /// the budget are left out and reported once, with the numbers, at the first of them.
    /// </summary>
    private sealed class HeapBudget
    {
        private long _used;
        private long _needed;
        private int _articles;
        private int _leftOut;
        private ArticleIdentity? _firstLeftOut;

        public bool Fits(ArticleIdentity article, List<DiagnosticInfo> diagnostics)
        {
            _articles++;
            _needed += article.HeapBytes;
            if (article.HeapBytes > StringHeapBudget.Limit)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Diagnostics.ArticleTooLarge, article.FilePath, 0, 0, 0, article.FilePath, Megabytes(article.HeapBytes), Megabytes(StringHeapBudget.Limit)));
                return false;
            }

            if (_used + article.HeapBytes > StringHeapBudget.Limit)
            {
                _leftOut++;
                _firstLeftOut ??= article;
                return false;
            }

            _used += article.HeapBytes;
            return true;
        }

        public void Report(List<DiagnosticInfo> diagnostics)
        {
            if (_firstLeftOut is not { } first) return;
            diagnostics.Add(DiagnosticInfo.Create(
                Diagnostics.CorpusTooLarge,
                first.FilePath,
                0,
                0,
                0,
                _leftOut.ToString(CultureInfo.InvariantCulture),
                _articles.ToString(CultureInfo.InvariantCulture),
                first.Id,
                Megabytes(_needed),
                Megabytes(StringHeapBudget.Limit)));
        }

        private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture);
    }

    private static string Choose(ArticleIdentity article, CorpusOptions options, HashSet<string> taken, List<DiagnosticInfo> diagnostics)
    {
        string wanted;
        if (article.PropertyName is { } requested)
        {
            if (SyntaxFacts.IsValidIdentifier(requested) && SyntaxFacts.GetKeywordKind(requested) == SyntaxKind.None)
            {
                wanted = requested;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidPropertyName, article.FilePath, 0, 0, 0, requested, article.FilePath));
                wanted = Derived(article, options);
            }
        }
        else
        {
            wanted = Derived(article, options);
        }

        var name = wanted;
        for (var suffix = 2; !taken.Add(name); suffix++) name = wanted + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);

        if (name != wanted)
        {
            var reason = Reserved.Contains(wanted, StringComparer.OrdinalIgnoreCase) || string.Equals(wanted, options.ClassName, StringComparison.OrdinalIgnoreCase)
                ? $"'{wanted}' is a member or the name of the generated class"
                : "an article before it in id order already has that name (compared ignoring case)";
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NameChanged, article.FilePath, 0, 0, 0, article.Id, name, wanted, reason));
        }

        return name;
    }

    private static string Derived(ArticleIdentity article, CorpusOptions options) =>
        options.NamesFromIds ? FromId(article.Id) : FromTitle(article.Title, article.Id);

    /// <summary>PascalCase ASCII from the id (<c>tin-hai</c> → <c>TinHai</c>), so a corrected headline keeps the name.</summary>
    public static string FromId(string id)
    {
        var name = PascalCase(id);
        if (name.Length == 0) name = "Article";
        return char.IsDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>PascalCase ASCII from the title; the id when the title gives nothing; a leading underscore before a digit.</summary>
    public static string FromTitle(string? title, string id)
    {
        var name = PascalCase(title ?? "");
        if (name.Length == 0) name = "Article" + PascalCase(id);
        return char.IsDigit(name[0]) ? "_" + name : name;
    }

    private static string PascalCase(string text)
    {
        var folded = TextCleaning.FoldToAscii(text);
        var builder = new StringBuilder(folded.Length);
        var startOfWord = true;
        foreach (var c in folded)
        {
            var isLetterOrDigit = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
            if (!isLetterOrDigit)
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord && c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c);
            startOfWord = false;
        }

        return builder.ToString();
    }
}
