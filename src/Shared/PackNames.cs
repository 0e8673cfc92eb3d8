using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus.Packing;

/// <summary>
/// The names file the pack task writes beside the pack and the generator reads (CorpusStorage=Packed): one line per
/// packed article, in pack order, so the generator can name a property per article without reading the pages.
/// </summary>
/// <remarks>
/// A line is four tab-separated fields: file path, id, PropertyName metadata (empty when unset), title. Inside a
/// field, '%', tab, CR and LF are percent-encoded, so any id or title survives.
/// </remarks>
internal static class PackNames
{
    /// <summary>One packed article: where it came from, its id, the name asked for, and its title.</summary>
    internal readonly struct Entry(string filePath, string id, string? propertyName, string title)
    {
        public string FilePath { get; } = filePath;

        public string Id { get; } = id;

        public string? PropertyName { get; } = propertyName;

        public string Title { get; } = title;
    }

    private const char Separator = '\t';
    private const int FieldCount = 4;

    public static string Format(IEnumerable<Entry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            text.Append(Escape(entry.FilePath)).Append(Separator)
                .Append(Escape(entry.Id)).Append(Separator)
                .Append(Escape(entry.PropertyName ?? "")).Append(Separator)
                .Append(Escape(entry.Title)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The entries of a names file, or null when it is not one (a line with the wrong number of fields).</summary>
    public static List<Entry>? Parse(string text)
    {
        var entries = new List<Entry>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0) continue;
            var fields = line.TrimEnd('\r').Split(Separator);
            if (fields.Length != FieldCount) return null;
            var propertyName = Unescape(fields[2]);
            entries.Add(new Entry(Unescape(fields[0]), Unescape(fields[1]), propertyName.Length == 0 ? null : propertyName, Unescape(fields[3])));
        }

        return entries;
    }

    private static string Escape(string field) => field.IndexOfAny(['%', '\t', '\r', '\n']) < 0
        ? field
        : field.Replace("%", "%25").Replace("\t", "%09").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Unescape(string field) => field.IndexOf('%') < 0
        ? field
        : field.Replace("%0A", "\n").Replace("%0D", "\r").Replace("%09", "\t").Replace("%25", "%");
}
