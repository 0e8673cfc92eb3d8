namespace Corpus;

/// <summary>One classified piece of a page, as <c>corpus explain</c> prints it.</summary>
/// <param name="Line">The zero-based line of the page the piece is on.</param>
/// <param name="Kind">What the piece is.</param>
/// <param name="Rule">The rule that claimed it; null for story text no rule claimed.</param>
/// <param name="Text">The piece's clean text.</param>
/// <param name="Note">Why the piece is not what its rule made it, when a field it would fill already held something else.</param>
public sealed record ArticlePiece(int Line, PieceKind Kind, string? Rule, string Text, string? Note);
