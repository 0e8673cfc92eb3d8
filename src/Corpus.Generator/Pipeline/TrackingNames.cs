namespace Corpus.Generator.Pipeline;

/// <summary>Names of the pipeline's steps, so tests can check what ran and what was cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Language = nameof(Language);
    public const string FileSettings = nameof(FileSettings);
    public const string Inputs = nameof(Inputs);
    public const string Rules = nameof(Rules);
    public const string Parse = nameof(Parse);
    public const string PackedArticles = nameof(PackedArticles);
    public const string Names = nameof(Names);
    public const string ArticleOutputs = nameof(ArticleOutputs);
    public const string Catalog = nameof(Catalog);
}
