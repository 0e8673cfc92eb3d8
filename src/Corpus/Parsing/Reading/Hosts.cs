using System;
using System.Text.RegularExpressions;

namespace Corpus.Parsing.Reading;

/// <summary>Host names as the article's <see cref="Article.Site"/>: lower case, without <c>www.</c>.</summary>
internal static class Hosts
{
    private static readonly TieredRegex HostName = new(
        @"^(https?://)?(www\.)?(?<host>[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})/?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A URL's host.</summary>
    public static string Of(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host.Substring(4) : host;
    }

    /// <summary>
    /// The host a source names when it is a host name (<c>www.example.vn</c>, <c>https://example.vn/</c>), or null. Its
    /// last label is a top-level domain of two letters or more, so initials ('Q.H') are no host.
    /// </summary>
    public static string? Parse(string source)
    {
        var match = HostName.Match(source);
        return match.Success ? match.Groups["host"].Value.ToLowerInvariant() : null;
    }
}
