using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Model;

/// <summary>
/// The project's settings for the generated class, from MSBuild properties, and what was wrong with them.
/// <paramref name="IsPacked"/>: the articles come as one embedded pack (<c>CorpusStorage=Packed</c>), not as files.
/// </summary>
internal sealed record CorpusOptions(string Namespace, string ClassName, bool IsPublic, bool IsPacked, EquatableArray<DiagnosticInfo> Diagnostics, bool NamesFromIds = false);

/// <summary>
/// What the consumer's compilation allows in generated code. <paramref name="HasXunitSerializers"/>: it references
/// xunit v3, so articles can be registered as serializable theory data.
/// </summary>
internal sealed record LanguageFeatures(LanguageVersion Version, bool HasNotNullWhenAttribute, bool HasXunitSerializers = false)
{
    /// <summary>Nullable annotations and <c>#nullable</c> need C# 8.</summary>
    public bool NullableAnnotations => Version >= LanguageVersion.CSharp8;
}

/// <summary>Everything the catalog emitter needs besides the names.</summary>
internal sealed record EmitSettings(CorpusOptions Options, LanguageFeatures Language)
{
    public FileSettings File => new(Options.Namespace, Options.ClassName, Language.NullableAnnotations);
}

/// <summary>What every generated file depends on: where the class is and whether nullable annotations are allowed.</summary>
internal sealed record FileSettings(string Namespace, string ClassName, bool NullableAnnotations);

/// <summary>A <c>CorpusRules</c> file: its path and text (null when unreadable).</summary>
internal sealed record RulesInput(string FilePath, string? Text);

/// <summary>
/// The rules the project's articles are read by, and what was wrong with its rules files. Equal when the rules are,
/// so an unchanged rules file leaves every parsed article cached.
/// </summary>
internal sealed record ProjectRules(RuleSet? Rules, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>For a packed corpus, which the pack task reads with the rules: none are built here.</summary>
    public static ProjectRules None { get; } = new(null, default);
}

/// <summary>One file opted in as a <c>CorpusArticle</c>, with its text (null when unreadable) and per-file metadata.</summary>
internal sealed record ArticleInput(string FilePath, string Id, string? PropertyName, string? Text, string? ReadFailure, string? LegacyEncoding);

/// <summary>A parsed file: the article (null when it could not be produced) and what went wrong on the way.</summary>
internal sealed record ParsedArticle(
    string FilePath,
    string Id,
    string? PropertyName,
    Article? Article,
    long HeapBytes,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public ArticleIdentity Identity => new(FilePath, Id, PropertyName, Article?.Title, HeapBytes);
}

/// <summary>
/// What naming and the size budget need of an article: small, so most body edits leave the catalog cached.
/// <see cref="PackIndex"/> is the article's place in the pack (CorpusStorage=Packed), -1 for a compiled-in article.
/// </summary>
internal sealed record ArticleIdentity(string FilePath, string Id, string? PropertyName, string? Title, long HeapBytes, int PackIndex = -1);

/// <summary>The member an article becomes; a packed article's property reads its place in the pack.</summary>
internal sealed record ArticleName(string FilePath, string Id, string PropertyName, int PackIndex = -1, string? Title = null);

/// <summary>The articles the pack task packed, from its names file, and what was wrong with that file.</summary>
internal sealed record PackedArticles(EquatableArray<ArticleIdentity> Articles, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The names of every article in the corpus, ordered by id, and the naming diagnostics.</summary>
internal sealed record CorpusNames(EquatableArray<ArticleName> Articles, EquatableArray<DiagnosticInfo> Diagnostics)
{
    // Derived from Articles, so it takes no part in equality; every article output looks its name up here.
    private ArticleName[]? _byPath;

    /// <summary>The property name of the article from <paramref name="filePath"/>, or null when it is not generated (a duplicate id).</summary>
    public string? PropertyNameOf(string filePath)
    {
        var byPath = _byPath ??= Articles.OrderBy(article => article.FilePath, StringComparer.Ordinal).ToArray();
        int low = 0, high = byPath.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(byPath[middle].FilePath, filePath);
            if (comparison == 0) return byPath[middle].PropertyName;
            if (comparison < 0) low = middle + 1;
            else high = middle - 1;
        }

        return null;
    }

    public bool Equals(CorpusNames? other) =>
        other is not null && Articles.Equals(other.Articles) && Diagnostics.Equals(other.Diagnostics);

    public override int GetHashCode() => (Articles.GetHashCode() * 31) + Diagnostics.GetHashCode();
}

/// <summary>One article's generated file, before it is written: only what that file depends on.</summary>
internal sealed record ArticleOutput(string FilePath, string PropertyName, Article? Article, EquatableArray<DiagnosticInfo> Diagnostics, FileSettings Settings);
