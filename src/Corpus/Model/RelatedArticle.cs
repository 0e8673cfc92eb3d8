using System;

namespace Corpus;

/// <summary>An item of a recommendation list, or a stand-alone teaser for another article.</summary>
/// <param name="Group">The list's heading as printed (for example <c>Tiêu điểm</c>), or <see langword="null"/> for a stand-alone teaser or a list printed without a heading.</param>
/// <param name="Title">The headline, printed once even when the page printed it twice.</param>
/// <param name="Published">The item's time as printed (UTC+07:00), or <see langword="null"/>.</param>
/// <param name="Category">The item's category as printed, or <see langword="null"/>.</param>
/// <param name="Summary">The item's summary as printed, or <see langword="null"/>.</param>
public sealed record RelatedArticle(string? Group, string Title, DateTimeOffset? Published, string? Category, string? Summary);
