using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Corpus.Parsing;

/// <summary>Reads a date matched by one of the conventions' patterns (groups y, m, d, h, min and optional s, ampm).</summary>
internal static class PrintedDate
{
    /// <summary>The time zone of the dates Vietnamese pages print.</summary>
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The date and time the match on <paramref name="line"/> prints; when it is no real date, null and a problem naming the line.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public static DateTimeOffset? Read(Match match, SourceLine line, TimeSpan offset, List<ParseProblem> problems)
    {
        var date = Read(match, offset);
        if (date is null) problems.Add(new ParseProblem(ParseProblemKind.UnreadableDate, line.Number, 0, line.PrintedLength, line.Text));
        return date;
    }

    /// <summary>The date and time the match prints, in <paramref name="offset"/>; <see langword="null"/> when it is no real date.</summary>
    [MethodImpl(Jit.ParseLoop)]
    private static DateTimeOffset? Read(Match match, TimeSpan offset)
    {
        var year = Number(match, "y");
        var month = Number(match, "m");
        var day = Number(match, "d");
        var hour = Number(match, "h");
        var minute = Number(match, "min");
        var second = match.Groups["s"].Success ? Number(match, "s") : 0;

        // Some sites print a 24-hour clock followed by a redundant AM/PM ("17:24 PM"); a 12-hour reading applies only below 13.
        var ampm = match.Groups["ampm"];
        if (ampm.Success && hour <= 12)
        {
            if (ampm.Value == "PM" && hour < 12) hour += 12;
            else if (ampm.Value == "AM" && hour == 12) hour = 0;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, offset);
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
