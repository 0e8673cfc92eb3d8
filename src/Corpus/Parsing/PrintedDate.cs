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
        // A date printed without its time ('Ngày đăng: 12/06/2023') is that day's midnight (a rule must take the day,
        // month and year).
        var year = Number(match, "y", Missing);
        var month = Number(match, "m", Missing);
        var day = Number(match, "d", Missing);
        var hour = Number(match, "h", 0);
        var minute = Number(match, "min", 0);
        var second = Number(match, "s", 0);

        // Some sites print a 24-hour clock followed by a redundant AM/PM ("17:24 PM"); a 12-hour reading applies only below 13.
        var ampm = match.Groups["ampm"];
        if (ampm.Success && hour <= 12)
        {
            if (ampm.Value == "PM" && hour < 12) hour += 12;
            else if (ampm.Value == "AM" && hour == 12) hour = 0;
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return null;
        }

        return At(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified), offset);
    }

    /// <summary>
    /// <paramref name="local"/> in <paramref name="offset"/>; null when that moment falls outside the range a
    /// <see cref="DateTimeOffset"/> holds (midnight of 1 January of year 1 in UTC+07:00 is in year 0 in UTC).
    /// </summary>
    public static DateTimeOffset? At(DateTime local, TimeSpan offset)
    {
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks) return null;
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
    }

    /// <summary>What a missing or unreadable part of a date reads as: no date at all.</summary>
    private const int Missing = -1;

    /// <summary>The number a group holds; <paramref name="absent"/> when it did not match, <see cref="Missing"/> when it is no number an <see cref="int"/> holds (a project's pattern may take any digits).</summary>
    private static int Number(Match match, string group, int absent)
    {
        var found = match.Groups[group];
        if (!found.Success) return absent;
        return int.TryParse(found.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : Missing;
    }
}
