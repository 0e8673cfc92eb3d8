namespace Corpus;

/// <summary>What a piece of a page is: the parser classifies every line, and every sentence inside a long line, as one kind.</summary>
public enum PieceKind
{
    /// <summary>The page's headline: <see cref="Article.Title"/>.</summary>
    Headline,

    /// <summary>The first paragraph of the main story: <see cref="Article.Lead"/> (and the first of <see cref="Article.Paragraphs"/>).</summary>
    Lead,

    /// <summary>Story text: a paragraph, or part of one.</summary>
    Body,

    /// <summary>The title of a further story on an aggregated page: <see cref="Section.Heading"/>.</summary>
    Subheading,

    /// <summary>An image label as printed (<c>… - Hình 1</c>, <c>Chú thích ảnh</c>): <see cref="Image.Label"/>.</summary>
    ImageLabel,

    /// <summary>A photo caption, with its credit when printed with it: <see cref="Image.Caption"/>.</summary>
    Caption,

    /// <summary>A photo credit (<c>Ảnh: X</c>): <see cref="Image.Credit"/>; printed after a caption, it completes that image.</summary>
    Credit,

    /// <summary>A byline: <see cref="Article.Author"/>, with <see cref="Article.Agency"/> when it names one.</summary>
    Byline,

    /// <summary>A source or address line (<c>Theo X</c>, <c>(Vietnam+)</c>, a URL): <see cref="Article.Agency"/>, <see cref="Article.Site"/>, <see cref="Article.Url"/>.</summary>
    SourceLine,

    /// <summary>The story's own date and time, with the outlet: <see cref="Article.Published"/>.</summary>
    Dateline,

    /// <summary>A stand-alone teaser for another article (<c>Xem thêm: …</c>, a headline printed twice): an item of <see cref="Article.Related"/> without a group.</summary>
    Teaser,

    /// <summary>The heading of a recommendation list: <see cref="RelatedArticle.Group"/> of the items after it.</summary>
    ListHeading,

    /// <summary>An item of a recommendation list: <see cref="Article.Related"/>.</summary>
    ListItem,

    /// <summary>A metadata header line at the top of the file (<c># url = …</c>, front matter): <see cref="Article.Metadata"/> and the fields it names.</summary>
    MetadataHeader,

    /// <summary>Page furniture: share and follow widgets, menus, disclaimers, the title printed again. Dropped.</summary>
    Chrome,

    /// <summary>The end mark <c>./.</c> some agencies print after the last sentence; the sentence keeps its full stop.</summary>
    EndMark,

    /// <summary>An inline related headline printed in brackets: <see cref="Article.Links"/>.</summary>
    Link,

    /// <summary>A widget that closes the story (<c>Chia sẻ:</c>, a feedback question): what follows is lists without a heading.</summary>
    StoryEnd,
}
