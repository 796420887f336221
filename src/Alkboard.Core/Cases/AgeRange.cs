using System.Globalization;

namespace Alkboard.Core.Cases;

/// <summary>
/// A patient's age in whole years at a moment, as a range when the dates are partial: the record
/// says "17 at diagnosis in December 2023", so a month later the patient is 17 or 18. A label's age
/// limit is checked against the whole range; a child who may be under a limit is flagged, never
/// rounded (issue 12, item 4).
/// </summary>
public sealed record AgeRange(int MinYears, int MaxYears)
{
    /// <summary>True when the patient may be younger than <paramref name="years"/>.</summary>
    public bool MayBeUnder(int years) => MinYears < years;

    /// <summary>"17" or "17–18".</summary>
    public override string ToString() => MinYears == MaxYears
        ? MinYears.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{MinYears}–{MaxYears}");

    /// <summary>
    /// The age at <paramref name="at"/> from the birth date, the birth year, or the age at the first
    /// dated diagnosis, in that order; null when the record holds none of them with a date to count from.
    /// </summary>
    public static AgeRange? At(PatientCase c, PartialDate at)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Patient.BirthDate is { } born)
        {
            return Clamp(Whole(born.Latest, at.Earliest), Whole(born.Earliest, at.Latest));
        }

        if (c.Patient.BirthYear is { } year)
        {
            return Clamp(at.Earliest.Year - year - 1, at.Latest.Year - year);
        }

        var diagnosis = c.Diagnoses.Where(d => d.Date is not null).Select(d => d.Date!.Value).OrderBy(d => d.Earliest).Cast<PartialDate?>().FirstOrDefault();
        if (c.Patient.AgeAtDiagnosisYears is { } age && diagnosis is { } dx)
        {
            // The birthdays since the diagnosis: an interval of L years holds floor(L) or ceil(L) of them.
            return Clamp(age + Whole(dx.Latest, at.Earliest), age + Ceiling(dx.Earliest, at.Latest));
        }

        return c.Patient.AgeAtDiagnosisYears is { } only ? new AgeRange(only, only) : null;
    }

    private static AgeRange Clamp(int min, int max) => new(Math.Max(0, min), Math.Max(Math.Max(0, min), max));

    /// <summary>Years from <paramref name="from"/> to <paramref name="to"/>, rounded up.</summary>
    private static int Ceiling(DateOnly from, DateOnly to)
    {
        var whole = Whole(from, to);
        return to > from && from.AddYears(whole) < to ? whole + 1 : whole;
    }

    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/> (0 when <paramref name="to"/> is earlier).</summary>
    private static int Whole(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }

        var years = to.Year - from.Year;
        return from.AddYears(years) > to ? years - 1 : years;
    }
}
