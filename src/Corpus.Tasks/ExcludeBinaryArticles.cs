using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Diagnostics;
using Corpus.Parsing;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Corpus.Tasks;

/// <summary>
/// With literals, the compiler reads the articles and would reject a binary file itself (CS2015) before the generator
/// saw it. This reads them first and reports each binary file as CORPUS011, located in it, the way the pack task and
/// the run-time parser report it, and leaves it out of the files handed to the compiler.
/// </summary>
public sealed class ExcludeBinaryArticles : MSBuildTask
{
    /// <summary>The <c>CorpusArticle</c> items.</summary>
    [Required]
    public ITaskItem[] Articles { get; set; } = [];

    /// <summary>The package's diagnostics page, for the help link.</summary>
    public string? HelpPage { get; set; }

    /// <summary>The items that are text (or could not be read: the generator reports those as CORPUS009).</summary>
    [Output]
    public ITaskItem[] TextArticles { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var text = new List<ITaskItem>(Articles.Length);
        foreach (var item in Articles)
        {
            var path = item.GetMetadata("FullPath");
            if (IsBinary(path))
            {
                Log.Report(HelpPage, DiagnosticTexts.BinaryFile, path, 0, 0, 0, [path]);
            }
            else
            {
                text.Add(item);
            }
        }

        TextArticles = [.. text];
        return !Log.HasLoggedErrors;
    }

    private static bool IsBinary(string path)
    {
        try
        {
            return ArticleFiles.IsBinary(ArticleFiles.Decode(File.ReadAllBytes(path)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
