using System.Globalization;

namespace Alkboard.Core.Cases;

/// <summary>
/// A clinical date known to the year, the month, the day, or only within bounds. Clinical
/// histories and case reports routinely say "May 2019" or "2012"; Alkboard keeps that
/// uncertainty instead of inventing a day. A value covers the closed day interval
/// [<see cref="Earliest"/>, <see cref="Latest"/>].
/// </summary>
/// <remarks>
/// Accepted text: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, and an interval
/// <c>A/B</c> of two of those (the Extended Date/Time Format, ISO 8601-2, level 0–1 subset).
/// Ordering is explicit: by earliest possible day, then by latest possible day.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(DateOnly earliest, DateOnly latest, DatePrecision precision, string text)
    {
        Earliest = earliest;
        Latest = latest;
        Precision = precision;
        Text = text;
    }

    /// <summary>The first day the event may have happened on.</summary>
    public DateOnly Earliest { get; }

    /// <summary>The last day the event may have happened on.</summary>
    public DateOnly Latest { get; }

    /// <summary>How the date was given.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The canonical text, as written in case files.</summary>
    public string Text { get; }

    /// <summary>True when the exact day is known.</summary>
    public bool IsExact => Earliest == Latest;

    /// <summary>A date known to the day.</summary>
    public static PartialDate FromDay(DateOnly day) =>
        new(day, day, DatePrecision.Day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A date known to the month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1900–2200 or month outside 1–12.</exception>
    public static PartialDate FromMonth(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month,
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"));
    }

    /// <summary>A date known to the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1900–2200.</exception>
    public static PartialDate FromYear(int year)
    {
        CheckYear(year);
        return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year,
            year.ToString("D4", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Parses a partial date. Returns a failure with code <see cref="CaseErrorCodes.InvalidDate"/>
    /// and a message naming what was expected; never throws for bad text.
    /// </summary>
    public static ParseResult<PartialDate> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<PartialDate>.Failure(CaseErrorCodes.InvalidDate, "a date is empty; expected YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B");
        }

        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return ParseSingle(trimmed);
        }

        var from = ParseSingle(trimmed[..slash]);
        if (!from.Success)
        {
            return from;
        }

        var to = ParseSingle(trimmed[(slash + 1)..]);
        if (!to.Success)
        {
            return to;
        }

        if (to.Value.Latest < from.Value.Earliest)
        {
            return ParseResult<PartialDate>.Failure(CaseErrorCodes.InvalidDate,
                $"the interval '{trimmed}' ends before it starts");
        }

        return ParseResult<PartialDate>.Ok(new PartialDate(from.Value.Earliest, to.Value.Latest, DatePrecision.Range,
            $"{from.Value.Text}/{to.Value.Text}"));
    }

    /// <summary>Parses a partial date, throwing for bad text; for literals in code and tests.</summary>
    /// <exception cref="FormatException">The text is not a partial date.</exception>
    public static PartialDate ParseOrThrow(string text)
    {
        var result = Parse(text);
        return result.Success ? result.Value : throw new FormatException(result.Message);
    }

    /// <summary>True when this date is certainly before <paramref name="other"/>, whatever the unknown days are.</summary>
    public bool IsCertainlyBefore(PartialDate other) => Latest < other.Earliest;

    /// <summary>True when this date is certainly after <paramref name="other"/>.</summary>
    public bool IsCertainlyAfter(PartialDate other) => Earliest > other.Latest;

    /// <summary>True when the two dates may fall on the same day.</summary>
    public bool Overlaps(PartialDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>
    /// The time from <paramref name="start"/> to <paramref name="end"/> with its uncertainty:
    /// the shortest and longest number of days compatible with both dates.
    /// </summary>
    public static DurationRange Between(PartialDate start, PartialDate end)
    {
        var min = end.Earliest.DayNumber - start.Latest.DayNumber;
        var max = end.Latest.DayNumber - start.Earliest.DayNumber;
        return DurationRange.FromDays(Math.Max(0, min), Math.Max(0, max));
    }

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var byEarliest = Earliest.CompareTo(other.Earliest);
        return byEarliest != 0 ? byEarliest : Latest.CompareTo(other.Latest);
    }

    /// <summary>Earlier by earliest possible day, then latest possible day.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Later by earliest possible day, then latest possible day.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Not later.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Not earlier.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Text ?? string.Empty;

    private static ParseResult<PartialDate> ParseSingle(string text)
    {
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            return Invalid(text);
        }

        if (parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return Invalid(text);
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            return ParseResult<PartialDate>.Failure(CaseErrorCodes.InvalidDate,
                $"the year in '{text}' is outside {MinYear}–{MaxYear}");
        }

        if (parts.Length == 1)
        {
            return ParseResult<PartialDate>.Ok(FromYear(year));
        }

        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return ParseResult<PartialDate>.Failure(CaseErrorCodes.InvalidDate, $"'{text}' has no month {month}");
        }

        if (parts.Length == 2)
        {
            return ParseResult<PartialDate>.Ok(FromMonth(year, month));
        }

        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return ParseResult<PartialDate>.Failure(CaseErrorCodes.InvalidDate,
                $"'{text}' is not a calendar day ({year:D4}-{month:D2} has {DateTime.DaysInMonth(year, month)} days)");
        }

        return ParseResult<PartialDate>.Ok(FromDay(new DateOnly(year, month, day)));
    }

    private static ParseResult<PartialDate> Invalid(string text) =>
        ParseResult<PartialDate>.Failure(CaseErrorCodes.InvalidDate,
            $"'{text}' is not a date; expected YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B");

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
    }

    /// <summary>The earliest year accepted in a case file.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year accepted in a case file.</summary>
    public const int MaxYear = 2200;
}
