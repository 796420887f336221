using System.Globalization;

namespace Alkboard.Core.Cases;

/// <summary>
/// A time span whose exact length may be unknown because its ends are partial dates:
/// between <see cref="MinDays"/> and <see cref="MaxDays"/> days inclusive.
/// </summary>
public readonly record struct DurationRange
{
    /// <summary>Days in an average Gregorian month (365.25 / 12), used to express durations in months.</summary>
    public const double DaysPerMonth = 30.4375;

    private DurationRange(int minDays, int maxDays)
    {
        MinDays = minDays;
        MaxDays = maxDays;
    }

    /// <summary>The shortest possible length in days.</summary>
    public int MinDays { get; }

    /// <summary>The longest possible length in days.</summary>
    public int MaxDays { get; }

    /// <summary>True when both ends were known to the day.</summary>
    public bool IsExact => MinDays == MaxDays;

    /// <summary>The shortest possible length in months (days / 30.4375).</summary>
    public double MinMonths => MinDays / DaysPerMonth;

    /// <summary>The longest possible length in months (days / 30.4375).</summary>
    public double MaxMonths => MaxDays / DaysPerMonth;

    /// <summary>Makes a range from day counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, or max below min.</exception>
    public static DurationRange FromDays(int minDays, int maxDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDays, minDays);
        return new DurationRange(minDays, maxDays);
    }

    /// <summary>
    /// A reader's form: "9.6 months" when exact, "28–30 months" (rounded to whole months)
    /// when the ends are partial; spans under two months are given in days.
    /// </summary>
    public string ToDisplayString()
    {
        if (MaxDays < 61)
        {
            return IsExact
                ? string.Create(CultureInfo.InvariantCulture, $"{MinDays} days")
                : string.Create(CultureInfo.InvariantCulture, $"{MinDays}–{MaxDays} days");
        }

        if (IsExact)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{MinMonths:0.0} months");
        }

        var low = Math.Round(MinMonths, MidpointRounding.AwayFromZero);
        var high = Math.Round(MaxMonths, MidpointRounding.AwayFromZero);
        return low == high
            ? string.Create(CultureInfo.InvariantCulture, $"about {low:0} months")
            : string.Create(CultureInfo.InvariantCulture, $"{low:0}–{high:0} months");
    }

    /// <inheritdoc />
    public override string ToString() => ToDisplayString();
}
