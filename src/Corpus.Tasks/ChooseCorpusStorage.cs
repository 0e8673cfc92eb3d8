using System.Globalization;
using System.IO;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Corpus.Tasks;

/// <summary>
/// Picks the storage for <c>CorpusStorage=Auto</c> (the default): <c>Literals</c> while the corpus is small enough
/// that per-article code compiles quickly and fits the assembly's string heap, <c>Packed</c> past that.
/// </summary>
public sealed class ChooseCorpusStorage : MSBuildTask
{
    /// <summary>
    /// Past this many articles literals stop paying: a build compiles every article's code, and an edit re-emits it,
    /// while a pack costs the same small fixed step (measured in README's Performance table).
    /// </summary>
    public const int MaxLiteralArticles = 200;

    /// <summary>
    /// Past this many bytes of pages, literals would come near the string heap's limit (each page's text is stored
    /// about twice, as UTF-16, against a 15 MB budget), so the corpus is packed before CORPUS013 could happen.
    /// </summary>
    public const long MaxLiteralBytes = 3_000_000;

    /// <summary>The <c>CorpusArticle</c> items.</summary>
    public ITaskItem[] Articles { get; set; } = [];

    /// <summary><c>Literals</c> or <c>Packed</c>.</summary>
    [Output]
    public string Storage { get; private set; } = "Literals";

    /// <inheritdoc />
    public override bool Execute()
    {
        // Past the article count the sizes cannot change the answer: no need to look at every file.
        string reason;
        if (Articles.Length > MaxLiteralArticles)
        {
            Storage = "Packed";
            reason = string.Format(CultureInfo.InvariantCulture, "past {0} articles", MaxLiteralArticles);
        }
        else
        {
            long bytes = 0;
            foreach (var item in Articles)
            {
                // A missing file counts nothing here; the generator or the pack task reports it (CORPUS009).
                var file = new FileInfo(item.GetMetadata("FullPath"));
                if (file.Exists) bytes += file.Length;
            }

            Storage = bytes > MaxLiteralBytes ? "Packed" : "Literals";
            reason = string.Format(CultureInfo.InvariantCulture, "{0:N0} bytes; Packed past {1:N0}", bytes, MaxLiteralBytes);
        }

        Log.LogMessage(
            MessageImportance.Normal,
            string.Format(CultureInfo.InvariantCulture, "Corpus: {0} articles: CorpusStorage=Auto picks {1} ({2}).", Articles.Length, Storage, reason));
        return true;
    }
}
