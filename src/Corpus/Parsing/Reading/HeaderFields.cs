using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Parsing.Reading;

/// <summary>
/// What a metadata header's keys mean: the keys that name a field of the article (matched without regard to case,
/// '-' or '_'), and the date shapes a header prints. Any other key is kept in <see cref="Article.Metadata"/>.
/// </summary>
internal static class HeaderFields
{
    public enum Field
    {
        None,
        Url,
        Published,
        Title,
        Author,
        Agency,
        Site,
    }

    private static readonly Dictionary<string, Field> Keys = new(StringComparer.Ordinal)
    {
        ["url"] = Field.Url, ["link"] = Field.Url, ["canonical"] = Field.Url, ["sourceurl"] = Field.Url, ["address"] = Field.Url,
        ["date"] = Field.Published, ["published"] = Field.Published, ["publishedat"] = Field.Published, ["publishdate"] = Field.Published,
        ["pubdate"] = Field.Published, ["datetime"] = Field.Published, ["time"] = Field.Published,
        ["title"] = Field.Title, ["headline"] = Field.Title,
        ["author"] = Field.Author, ["authors"] = Field.Author, ["byline"] = Field.Author, ["writer"] = Field.Author,
        ["agency"] = Field.Agency, ["source"] = Field.Agency, ["publisher"] = Field.Agency, ["outlet"] = Field.Agency,
        ["site"] = Field.Site, ["domain"] = Field.Site, ["host"] = Field.Site,
    };

    // Dates as headers print them; without an offset the time is the Vietnamese one (UTC+07:00), without a time 00:00.
    private static readonly string[] LocalFormats =
    [
        "yyyyMMdd", "yyyy-MM-dd", "yyyy/MM/dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyyMMddHHmmss", "yyyyMMddHHmm",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "d/M/yyyy HH:mm", "d/M/yyyy HH:mm:ss", "HH:mm d/M/yyyy", "HH:mm:ss d/M/yyyy",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    /// <summary>The field <paramref name="key"/> names, or <see cref="Field.None"/>.</summary>
    public static Field Of(string key)
    {
        var folded = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is '-' or '_' or '.' or ' ') continue;
            folded.Append(char.ToLowerInvariant(c));
        }

        return Keys.TryGetValue(folded.ToString(), out var field) ? field : Field.None;
    }

    /// <summary>The date and time <paramref name="value"/> prints, or null when it is none of the known shapes or no real date.</summary>
    public static DateTimeOffset? Date(string value, TimeSpan localOffset)
    {
        if (DateTimeOffset.TryParseExact(value, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return value.EndsWith("Z", StringComparison.Ordinal) ? withOffset.ToOffset(TimeSpan.Zero) : withOffset;
        }

        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return PrintedDate.At(local, localOffset);
        }

        return null;
    }
}
