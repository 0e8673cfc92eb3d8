using Corpus.Generator.Model;

namespace Corpus.Generator.Emit;

/// <summary>
/// Emits the class that lists the corpus: <c>All</c> (id order), <c>Ids</c>, <c>Get</c> and <c>TryGet</c>.
/// It depends on ids and property names only, so editing an article's text leaves it untouched.
/// </summary>
internal static class CatalogEmitter
{
    private const string ArticleType = "global::Corpus.Article";

    public static string HintName(CorpusOptions options) => $"{options.ClassName}.g.cs";

    public static string Emit(CorpusNames names, EmitSettings settings)
    {
        var nullable = settings.Language.NullableAnnotations;
        var className = settings.Options.ClassName;
        var writer = Preamble.Begin(settings.File);

        writer.Line($"/// <summary>The {names.Articles.Count} articles of this corpus, compiled in from their files.</summary>");
        writer.Open($"{(settings.Options.IsPublic ? "public" : "internal")} static partial class {className}");

        writer.Line("/// <summary>Every article, in id order (by default, file-name order). Reading it builds every article.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{ArticleType}> All => Storage.AllArticles.Value;");
        writer.Line();
        writer.Line("/// <summary>Every article id, in the order of <see cref=\"All\"/>. Reading it builds no article.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Ids => Storage.AllIds.Value;");
        writer.Line();

        writer.Line("/// <summary>The article with id <paramref name=\"id\"/>.</summary>");
        writer.Line("/// <param name=\"id\">An article id, as listed in <see cref=\"Ids\"/>.</param>");
        writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No article has that id.</exception>");
        writer.Open($"public static {ArticleType} Get(string id)");
        // Only [NotNullWhen(true)] makes the out parameter nullable; otherwise it is declared non-null.
        var annotated = nullable && settings.Language.HasNotNullWhenAttribute;
        writer.Line($"{ArticleType}{(annotated ? "?" : "")} article;");
        writer.Line("if (TryGet(id, out article)) return article;");
        writer.Line($"throw new global::System.Collections.Generic.KeyNotFoundException(\"No article with id '\" + id + \"' in {className}; see {className}.Ids for the ids.\");");
        writer.Close();
        writer.Line();

        writer.Line("/// <summary>Looks up the article with id <paramref name=\"id\"/>.</summary>");
        writer.Line("/// <param name=\"id\">An article id, as listed in <see cref=\"Ids\"/>.</param>");
        writer.Line("/// <param name=\"article\">The article, or <see langword=\"null\"/> when none has that id.</param>");
        writer.Line("/// <returns>Whether an article has that id.</returns>");
        // Without NotNullWhen (netstandard2.0 has none, and another generator's polyfill is invisible here) a nullable
        // out parameter would warn at every call site, so it is declared non-null and is null only when false is returned.
        var outParameter = annotated
            ? $"[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {ArticleType}? article"
            : $"out {ArticleType} article";
        writer.Open($"public static bool TryGet(string id, {outParameter})");
        writer.Line("if (id == null) throw new global::System.ArgumentNullException(nameof(id));");
        writer.Open("switch (id)");
        foreach (var entry in names.Articles)
        {
            writer.Line($"case {CSharpText.Literal(entry.Id)}: article = {entry.PropertyName}; return true;");
        }

        writer.Line($"default: article = null{(nullable && !annotated ? "!" : "")}; return false;");
        writer.Close();
        writer.Close();
        writer.Line();

        writer.Open("private static partial class Storage");
        writer.Open("internal static class AllIds");
        writer.Line("internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<string> Value = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[]");
        writer.Line("{").Indent();
        foreach (var entry in names.Articles) writer.Line(CSharpText.Literal(entry.Id) + ",");
        writer.Close(");");
        writer.Close();
        writer.Line();
        writer.Open("internal static class AllArticles");
        writer.Line($"internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<{ArticleType}> Value = new global::System.Collections.ObjectModel.ReadOnlyCollection<{ArticleType}>(new {ArticleType}[]");
        writer.Line("{").Indent();
        foreach (var entry in names.Articles) writer.Line($"{className}.{entry.PropertyName},");
        writer.Close(");");
        writer.Close();
        writer.Close();

        writer.Close();
        return Preamble.End(writer, settings.File);
    }
}
