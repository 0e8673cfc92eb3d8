namespace Corpus;

/// <summary>
/// A metadata header entry whose key names no field of the article (<c># doc_id = …</c>, a front matter key the
/// parser does not know), or a second value for a field already filled; kept as printed, cleaned.
/// </summary>
/// <param name="Key">The key as printed.</param>
/// <param name="Value">The value as printed.</param>
public sealed record MetadataEntry(string Key, string Value);
