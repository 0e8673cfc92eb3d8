namespace Corpus;

/// <summary>One story of a page: the main story first, then one section per further story an aggregated page carries.</summary>
/// <param name="Heading">The story's title; <see langword="null"/> for the main story, whose title is <see cref="Article.Title"/>.</param>
/// <param name="Paragraphs">The story's own body text, trimmed, in order.</param>
/// <param name="Images">The story's images, in order.</param>
public sealed record Section(string? Heading, EquatableArray<string> Paragraphs, EquatableArray<Image> Images);
