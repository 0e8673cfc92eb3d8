namespace Corpus;

/// <summary>An article and the problems the parser found in its text.</summary>
/// <param name="Article">The article, produced even when there are problems.</param>
/// <param name="Problems">The problems, in page order.</param>
public sealed record ArticleParseResult(Article Article, EquatableArray<ParseProblem> Problems);
