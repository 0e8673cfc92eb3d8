using System;
using Corpus.Parsing.Rules;
using Corpus.Parsing.Text;

namespace Corpus.Parsing.Reading;

/// <summary>
/// The passes over the story's lines, once they are all read, that find photo captions printed with no marker by where
/// they stand: a caption copied from the story line next to it, a short line standing apart between paragraphs, and
/// the lines of a gallery a line announces at the story's end; and the subheadings standing between paragraphs.
/// </summary>
internal sealed partial class PageReader
{
    /// <summary>
    /// How many times longer than a subheading opening the story the paragraph after it is, when that paragraph is one
    /// sentence: a short line before a sentence of like length may be a lead that lost its full stop.
    /// </summary>
    private const int OpeningParagraphRatio = 3;

    private bool? _printsParagraphs;

    /// <summary>Story lines of one sentence that repeat the opening of the story line next to them become captions.</summary>
    private void ClaimCopiedCaptions()
    {
        var rule = _rules.Structural(BuiltInRules.CaptionCopiedFromStory);
        if (rule is null) return;
        string? before = null;
        var text = WholeStoryLine(0);
        var after = WholeStoryLine(1);
        for (var index = 0; index < _storyEnd; index++)
        {
            var afterThat = WholeStoryLine(index + 2);
            if (text is not null && text.Length <= SentenceOpenings.MaxCaptionLength && !SentenceOpenings.OpensWithBullet(text)
                && (StartsAlike(before, text) || StartsAlike(after, text)) && IsCopied(before, text, after, afterThat))
            {
                SentenceSplitter.Starts(text, _sentenceStarts);
                if (_sentenceStarts.Count == 1)
                {
                    _pieces[index].Kind = PieceKind.Caption;
                    _pieces[index].Rule = rule;
                }
            }

            (before, text, after) = (text, after, afterThat);
        }
    }

    /// <summary>
    /// Lines of one short sentence standing apart between two paragraphs become captions (<see cref="CaptionLines"/>);
    /// a run of them (a gallery) is judged by the paragraphs around the run.
    /// </summary>
    private void ClaimCaptionLines()
    {
        var rule = _rules.Structural(BuiltInRules.CaptionBetweenParagraphs);
        if (rule is null) return;
        var index = 1;
        while (index < _storyEnd - 1)
        {
            if (!IsCaptionLine(index))
            {
                index++;
                continue;
            }

            var last = index;
            var longest = CaptionLines.Words(WholeStoryLine(index)!);
            while (last + 1 < _storyEnd && IsCaptionLine(last + 1))
            {
                last++;
                longest = Math.Max(longest, CaptionLines.Words(WholeStoryLine(last)!));
            }

            if (last - index < CaptionLines.MaxRun && IsFramed(WholeStoryLine(index - 1), WholeStoryLine(last + 1), longest, single: last == index))
            {
                for (var i = index; i <= last; i++)
                {
                    _pieces[i].Kind = PieceKind.Caption;
                    _pieces[i].Rule = rule;
                }
            }
            else if (IsUnclosedBeforeContinuation(last))
            {
                _pieces[last].Kind = PieceKind.Caption;
                _pieces[last].Rule = rule;
            }

            // The line after the run is known not to be a caption line.
            index = last + 2;
        }
    }

    /// <summary>
    /// On a page with no headline, printed or in a header, a first story line that reads as a caption
    /// (<see cref="CaptionLines.IsCaptionShaped"/>) before a paragraph of two sentences or more, or twice its length,
    /// becomes a caption: the photo that opens a story whose headline and lead the scraper dropped.
    /// </summary>
    private void ClaimOpeningCaption()
    {
        var rule = _rules.Structural(BuiltInRules.CaptionOpeningHeadlessStory);
        if (rule is null || _headlineRead || _headerTitle is not null) return;
        var first = 0;
        while (first < _storyEnd && _pieces[first].Kind is PieceKind.MetadataHeader or PieceKind.Chrome) first++;
        if (WholeStoryLine(first) is not { } text || WholeStoryLine(first + 1) is not { } after || !CaptionLines.IsCaptionShaped(text, _sentenceStarts)) return;
        var words = CaptionLines.Words(text);
        if (!CaptionLines.FramesCaption(after, words) || !(HasSentences(after, 2) || CaptionLines.Words(after) >= 2 * words)) return;
        _pieces[first].Kind = PieceKind.Caption;
        _pieces[first].Rule = rule;
    }

    /// <summary>
    /// The lines between a line announcing photos ('… một số bức ảnh của X:') and the story's closing become captions
    /// (<see cref="CaptionLines.IntroducesGallery"/>), when every one of them is a whole line short enough to be one.
    /// </summary>
    private void ClaimAnnouncedGallery()
    {
        var rule = _rules.Structural(BuiltInRules.CaptionAfterGalleryIntro);
        if (rule is null) return;

        // The story's text ends where the closing pieces (byline, source, notes) begin.
        var end = _storyEnd;
        while (end > 0 && _pieces[end - 1].Kind != PieceKind.Body) end--;
        var intro = end - 1;
        while (intro >= 0 && end - intro <= CaptionLines.MaxGallery && WholeStoryLine(intro) is { } text && !CaptionLines.IntroducesGallery(text))
        {
            if (!CaptionLines.IsGalleryCaption(text)) return;
            intro--;
        }

        if (intro < 0 || intro == end - 1 || WholeStoryLine(intro) is not { } introText || !CaptionLines.IntroducesGallery(introText)) return;
        for (var index = intro + 1; index < end; index++)
        {
            _pieces[index].Kind = PieceKind.Caption;
            _pieces[index].Rule = rule;
        }
    }

    /// <summary>
    /// Short lines printed without a full stop, or short questions on a page that puts none to someone
    /// (<see cref="CaptionLines.IsSubheadingShaped"/>), that paragraphs frame (<see cref="IsSubheadingFramed"/>), between
    /// them or opening the story, become subheadings: each opens a section, its text still the story's.
    /// </summary>
    private void ClaimSubheadings()
    {
        var rule = _rules.Structural(BuiltInRules.SubheadingBetweenParagraphs);
        if (rule is null) return;
        var questions = true;
        for (var index = 0; index < _storyEnd && questions; index++)
        {
            if (WholeStoryLine(index) is { } line && CaptionLines.IsQuestionToSomeone(line)) questions = false;
        }

        var opening = true;
        var lastSection = 0;
        var firstBody = -1;
        var found = 0;
        for (var index = 0; index < _storyEnd - 1; index++)
        {
            if (WholeStoryLine(index) is { } text && CaptionLines.IsSubheadingShaped(text, _sentenceStarts, questions))
            {
                // A listicle's next numbered section needs no more than paragraphs around it: the count vouches for it.
                var section = CaptionLines.SectionNumber(text);
                if (IsSubheadingFramed(index, text, opening, counted: section > 1 && section == lastSection + 1))
                {
                    _pieces[index].Kind = PieceKind.Subheading;
                    _pieces[index].Rule = rule;
                    lastSection = section;
                    found++;
                }
            }

            if (_pieces[index].Kind == PieceKind.Body && opening)
            {
                opening = false;
                firstBody = index;
            }
        }

        // A page that heads its sections so, and prints paragraphs, heads the others alike: a line of the same shape
        // between paragraphs of one sentence each is a heading too.
        if (found == 0 || firstBody < 0 || !PrintsParagraphs()) return;
        for (var index = firstBody + 1; index < _storyEnd - 1; index++)
        {
            if (WholeStoryLine(index) is { } text && CaptionLines.IsSubheadingShaped(text, _sentenceStarts, questions)
                && IsSubheadingFramed(index, text, opening: false, counted: true))
            {
                _pieces[index].Kind = PieceKind.Subheading;
                _pieces[index].Rule = rule;
            }
        }
    }

    /// <summary>
    /// Whether paragraphs closed as sentences frame the subheading-shaped line at <paramref name="index"/>: one after it
    /// of two sentences or more (or <see cref="OpeningParagraphRatio"/> times its length) when it opens the story, else
    /// one on each side, one of them of two sentences or more unless <paramref name="counted"/> (the line numbers the
    /// section after the last one found); on a page of one sentence per line, a line without its full stop is a
    /// sentence that lost it.
    /// </summary>
    private bool IsSubheadingFramed(int index, string text, bool opening, bool counted)
    {
        var words = CaptionLines.Words(text);
        if (WholeStoryLine(Beside(index, 1)) is not { } after || !CaptionLines.FramesCaption(after, words)) return false;
        if (opening) return HasSentences(after, 2) || CaptionLines.Words(after) >= OpeningParagraphRatio * words;
        return WholeStoryLine(Beside(index, -1)) is { } before && CaptionLines.FramesCaption(before, words)
            && (counted || HasSentences(before, 2) || HasSentences(after, 2));
    }

    /// <summary>The piece next to <paramref name="index"/> in <paramref name="direction"/>, past the photos between (a section often opens with one).</summary>
    private int Beside(int index, int direction)
    {
        var beside = index + direction;
        while (beside >= 0 && beside < _storyEnd && _pieces[beside].Kind is PieceKind.Caption or PieceKind.Credit or PieceKind.ImageLabel) beside += direction;
        return beside;
    }

    /// <summary>
    /// Whether the caption-shaped line at <paramref name="index"/> is printed without a full stop between lines closed
    /// as sentences and longer than it, and the paragraph after it carries on from the story
    /// (<see cref="CaptionLines.ContinuesStory"/>): no heading, then, and no sentence of a page that closes its
    /// sentences, on any page, one sentence a line or not.
    /// </summary>
    private bool IsUnclosedBeforeContinuation(int index)
    {
        if (WholeStoryLine(index) is not { } text || text[text.Length - 1] == '.') return false;
        var words = CaptionLines.Words(text);
        return WholeStoryLine(index - 1) is { } before && CaptionLines.FramesCaption(before, words)
            && WholeStoryLine(index + 1) is { } after && CaptionLines.FramesCaption(after, words) && CaptionLines.ContinuesStory(after);
    }

    private bool IsCaptionLine(int index) =>
        WholeStoryLine(index) is { } text
        && CaptionLines.IsCaptionShaped(text, _sentenceStarts, continued: WholeStoryLine(index + 1) is { } after && CaptionLines.ContinuesStory(after));

    /// <summary>
    /// Whether paragraphs frame caption lines of at most <paramref name="words"/> words: both longer and closed as
    /// sentences, and one of two sentences or more (both, around a run of captions) or, around a single line on a page
    /// that prints paragraphs, both twice its length. A page of one sentence per line frames nothing but a line
    /// next to a paragraph, and the line after a question is its answer.
    /// </summary>
    private bool IsFramed(string? before, string? after, int words, bool single)
    {
        if (before is null || after is null || !CaptionLines.FramesCaption(before, words) || !CaptionLines.FramesCaption(after, words)) return false;
        if (CaptionLines.AsksQuestion(before)) return false;
        var beforeIsParagraph = HasSentences(before, 2);
        var afterIsParagraph = HasSentences(after, 2);
        if (!single) return beforeIsParagraph && afterIsParagraph;
        return beforeIsParagraph || afterIsParagraph
            || (CaptionLines.Words(before) >= 2 * words && CaptionLines.Words(after) >= 2 * words && PrintsParagraphs());
    }

    /// <summary>Whether the story has at least <see cref="CaptionLines.MinParagraphs"/> lines of two sentences or more (looked for once a page).</summary>
    private bool PrintsParagraphs()
    {
        if (_printsParagraphs is { } known) return known;
        var paragraphs = 0;
        for (var i = 0; i < _storyEnd && paragraphs < CaptionLines.MinParagraphs; i++)
        {
            if (WholeStoryLine(i) is { } text && HasSentences(text, 2)) paragraphs++;
        }

        _printsParagraphs = paragraphs >= CaptionLines.MinParagraphs;
        return _printsParagraphs.Value;
    }

    private bool HasSentences(string text, int count)
    {
        SentenceSplitter.Starts(text, _sentenceStarts);
        return _sentenceStarts.Count >= count;
    }

    /// <summary>The text of the piece at <paramref name="index"/> when it is a whole line of story text; otherwise null.</summary>
    private string? WholeStoryLine(int index)
    {
        if (index < 0 || index >= _storyEnd) return null;
        var piece = _pieces[index];
        return piece is { Kind: PieceKind.Body, Rule: null, Start: 0 } && piece.End == piece.Line.Text.Length ? piece.Line.Text : null;
    }

    private static bool StartsAlike(string? line, string text) => line is not null && line[0] == text[0];

    /// <summary>Whether <paramref name="text"/> is a caption copied from the story line before or after it.</summary>
    private static bool IsCopied(string? before, string text, string? after, string? afterThat) =>
        (before is not null && SentenceOpenings.IsOpenedWith(before, text)) || (after is not null && SentenceOpenings.IsOpenedWith(after, text))
        || (after is not null && text.IndexOf(':') < 0 && SentenceOpenings.ShareNamedOpening(after, text)
            // Three lines in a row opening alike are a list, not a caption and its sentence.
            && !(before is not null && SentenceOpenings.ShareNamedOpening(before, text))
            && !(afterThat is not null && SentenceOpenings.ShareNamedOpening(afterThat, after)));
}
