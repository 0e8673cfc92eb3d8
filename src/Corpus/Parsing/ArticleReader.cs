using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Parsing.Reading;

namespace Corpus.Parsing;

/// <summary>
/// Reads one page into an <see cref="Article"/>: <see cref="PageReader"/> classifies its lines and sentences into
/// pieces by the rules, <see cref="ArticleFold"/> turns the pieces into fields. The one implementation the generator,
/// the pack task and the run-time parser share.
/// </summary>
internal static class ArticleReader
{
    public static ArticleParseResult Read(string id, string raw, RuleSet rules, CancellationToken cancellationToken) =>
        Read(id, raw, rules, cancellationToken, out _);

    /// <summary>Reads the page and says, piece by piece, which kind each is and which rule claimed it.</summary>
    public static ArticleParseResult Explain(string id, string raw, RuleSet rules, CancellationToken cancellationToken, out List<ArticlePiece> pieces)
    {
        var result = Read(id, raw, rules, cancellationToken, out var page);
        pieces = page.Pieces.ConvertAll(piece => new ArticlePiece(piece.Line.Number, piece.Kind, piece.Rule?.Name, piece.Text, piece.Note));
        return result;
    }

    private static ArticleParseResult Read(string id, string raw, RuleSet rules, CancellationToken cancellationToken, out PageReader page)
    {
        page = PageReader.Read(raw, rules, cancellationToken);
        var article = ArticleFold.Build(id, raw, page);

        // Problems come from the reading and from the fold; reported in page order.
        var problems = page.Problems.Count < 2 ? page.Problems : page.Problems.OrderBy(problem => problem.Line).ThenBy(problem => problem.Column).ToList();
        return new ArticleParseResult(article, new EquatableArray<ParseProblem>(problems));
    }
}
