namespace Corpus;

/// <summary>
/// A part of a page under one heading: the main story's opening first, then one section per subheading the story
/// prints and per further story an aggregated page carries.
/// </summary>
/// <param name="Heading">
/// The subheading, or the further story's title; <see langword="null"/> for the main story's opening, whose title is
/// <see cref="Article.Title"/>, unless the story opens with a subheading (then that subheading).
/// </param>
/// <param name="Paragraphs">The section's own body text, trimmed, in order.</param>
/// <param name="Images">The section's images, in order.</param>
public sealed record Section(string? Heading, EquatableArray<string> Paragraphs, EquatableArray<Image> Images);
