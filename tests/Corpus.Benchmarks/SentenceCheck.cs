namespace Corpus.Benchmarks;

/// <summary>
/// How well the sentence splitter finds sentence ends in running text: the lines of pages printed one sentence (or
/// one paragraph) per line that end as a sentence does ('.', '!', '?', '…', then any closing quotes or brackets) are
/// joined into one paragraph, split again, and each line counts as back exactly when the split puts a boundary at
/// its start and at its end: no sentence runs across the line break and none is cut short. Lines that end with no
/// such mark (headlines, subheadings, bylines, list items, metadata headers) are no sentences and are left out.
/// </summary>
internal static class SentenceCheck
{
    public static int Run(string folder)
    {
        int lines = 0, exact = 0, inside = 0;
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var printed = File.ReadAllLines(path).Select(line => line.Trim()).Where(EndsAsSentence).ToList();
            var joined = string.Join(" ", printed);
            var boundaries = new HashSet<int>();
            var position = 0;
            foreach (var sentence in Sentences.Split(joined))
            {
                position = joined.IndexOf(sentence, position, StringComparison.Ordinal);
                boundaries.Add(position);
                position += sentence.Length;
                boundaries.Add(position);
            }

            var start = 0;
            foreach (var line in printed)
            {
                lines++;
                if (boundaries.Contains(start) && boundaries.Contains(start + line.Length)) exact++;
                else if (Environment.GetEnvironmentVariable("CORPUS_VERBOSE") == "1") Console.WriteLine($"  {Path.GetFileName(path)}: {line[..Math.Min(line.Length, 60)]} … {line[Math.Max(0, line.Length - 40)..]}");
                foreach (var boundary in boundaries.Where(b => b > start && b < start + line.Length))
                {
                    inside++;
                    if (Environment.GetEnvironmentVariable("CORPUS_VERBOSE") == "2") Console.WriteLine($"  split: …{joined[Math.Max(0, boundary - 30)..boundary]}|{joined[boundary..Math.Min(joined.Length, boundary + 30)]}…");
                }

                start += line.Length + 1;
            }
        }

        Console.WriteLine($"{exact} of {lines} printed sentence lines come back exactly ({100.0 * exact / Math.Max(1, lines):F1}%); {inside} boundaries found inside lines (CORPUS_VERBOSE=2 lists them)");
        return 0;
    }

    private static bool EndsAsSentence(string line)
    {
        var end = line.TrimEnd('"', '”', '’', '\'', ')', ']', '»');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…';
    }
}
