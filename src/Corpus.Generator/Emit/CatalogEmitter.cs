using Corpus.Generator.Model;

namespace Corpus.Generator.Emit;

/// <summary>
/// Emits the class that lists the corpus: <c>All</c> (id order), <c>Ids</c>, <c>Get</c> and <c>TryGet</c>.
/// It depends on ids and property names only, so editing an article's text leaves it untouched.
/// </summary>
internal static class CatalogEmitter
{
    private const string ArticleType = "global::Corpus.Article";
    private const string PackedType = "global::Corpus.PackedCorpus";

    public static string HintName(CorpusOptions options) => $"{options.ClassName}.g.cs";

    public static string Emit(CorpusNames names, EmitSettings settings) =>
        settings.Options.IsPacked ? EmitPacked(names, settings) : EmitLiterals(names, settings);

    private static string EmitLiterals(CorpusNames names, EmitSettings settings)
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

        var annotated = nullable && settings.Language.HasNotNullWhenAttribute;
        WriteGet(writer, className, annotated);
        TestSupportEmitter.WriteTestCases(writer);

        WriteTryGetDoc(writer);
        writer.Open($"public static bool TryGet(string id, {OutParameter(annotated)})");
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

    /// <summary>
    /// The catalog over the pack the build embedded: same members, backed by <c>Corpus.PackedCorpus</c>. Each article's
    /// property reads its place in the pack, so it costs one index and builds only that article.
    /// </summary>
    private static string EmitPacked(CorpusNames names, EmitSettings settings)
    {
        var className = settings.Options.ClassName;
        var annotated = settings.Language.NullableAnnotations && settings.Language.HasNotNullWhenAttribute;
        var writer = Preamble.Begin(settings.File);

        writer.Line("/// <summary>The articles of this corpus, compiled in as one packed resource and read in place.</summary>");
        writer.Open($"{(settings.Options.IsPublic ? "public" : "internal")} static partial class {className}");

        writer.Line("/// <summary>The packed corpus itself. Opening it reads only its index.</summary>");
        writer.Line($"public static {PackedType} Pack => Storage.Pack.Value;");
        writer.Line();
        writer.Line("/// <summary>Every article, in ordinal id order. Each is built when first read, its fields when first used.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{ArticleType}> All => Storage.Pack.Value;");
        writer.Line();
        writer.Line("/// <summary>Every article id, in the order of <see cref=\"All\"/>. Reading it builds no article.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Ids => Storage.Pack.Value.Ids;");
        writer.Line();
        foreach (var entry in names.Articles)
        {
            writer.Line($"/// <summary>{CSharpText.XmlDoc(entry.Title is { Length: > 0 } title ? title : "An article whose page prints no headline.")}</summary>");
            writer.Line($"/// <remarks>id <c>{CSharpText.XmlDoc(entry.Id)}</c></remarks>");
            writer.Line($"public static {ArticleType} {entry.PropertyName} => Storage.Pack.Value[{entry.PackIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)}];");
            writer.Line();
        }

        WriteGet(writer, className, annotated);
        TestSupportEmitter.WriteTestCases(writer);
        WriteTryGetDoc(writer);
        writer.Open($"public static bool TryGet(string id, {OutParameter(annotated)})");
        // PackedCorpus.TryGet declares its out parameter nullable; without annotations the consumer sees it as non-null.
        writer.Line($"{ArticleType}{(settings.Language.NullableAnnotations ? "?" : "")} found;");
        writer.Line("var exists = Storage.Pack.Value.TryGet(id, out found);");
        writer.Line($"article = found{(settings.Language.NullableAnnotations && !annotated ? "!" : "")};");
        writer.Line("return exists;");
        writer.Close();
        writer.Line();

        writer.Open("private static partial class Storage");
        writer.Open("internal static class Pack");
        writer.Line($"internal static readonly {PackedType} Value = {PackedType}.FromResource(typeof({className}).Assembly, {PackedType}.ResourceName);");
        writer.Close();
        writer.Close();

        writer.Close();
        return Preamble.End(writer, settings.File);
    }

    private static void WriteGet(SourceWriter writer, string className, bool annotated)
    {
        writer.Line("/// <summary>The article with id <paramref name=\"id\"/>.</summary>");
        writer.Line("/// <param name=\"id\">An article id, as listed in <see cref=\"Ids\"/>.</param>");
        writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No article has that id.</exception>");
        writer.Open($"public static {ArticleType} Get(string id)");
        writer.Line($"{ArticleType}{(annotated ? "?" : "")} article;");
        writer.Line("if (TryGet(id, out article)) return article;");
        writer.Line($"throw new global::System.Collections.Generic.KeyNotFoundException(\"No article with id '\" + id + \"' in {className}; see {className}.Ids for the ids.\");");
        writer.Close();
        writer.Line();
    }

    private static void WriteTryGetDoc(SourceWriter writer)
    {
        writer.Line("/// <summary>Looks up the article with id <paramref name=\"id\"/>.</summary>");
        writer.Line("/// <param name=\"id\">An article id, as listed in <see cref=\"Ids\"/>.</param>");
        writer.Line("/// <param name=\"article\">The article, or <see langword=\"null\"/> when none has that id.</param>");
        writer.Line("/// <returns>Whether an article has that id.</returns>");
    }

    // Only [NotNullWhen(true)] makes the out parameter nullable. Without it (netstandard2.0 has none, and another
    // generator's polyfill is invisible here) a nullable out parameter would warn at every call site, so it is
    // declared non-null and is null only when false is returned.
    private static string OutParameter(bool annotated) => annotated
        ? $"[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {ArticleType}? article"
        : $"out {ArticleType} article";
}
