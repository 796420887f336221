using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// The dates a decision may be taken on (issue 10, item 2): not before the first diagnosis, and not
/// more than one year after the last dated event of the record. Outside that span the record says
/// nothing about the patient, so a decision there is refused instead of guessed.
/// </summary>
public static class RecordSpan
{
    /// <summary>How far after the last dated event a decision may be asked for.</summary>
    public const int MaxYearsAfterLastEvent = 1;

    /// <summary>Null when <paramref name="asOf"/> lies within the record's span; else why not, naming the span.</summary>
    public static string? Check(PatientCase c, PartialDate asOf)
    {
        ArgumentNullException.ThrowIfNull(c);
        var dates = c.Diagnoses.Select(d => d.Date)
            .Concat(c.TherapyLines.SelectMany(l => new[] { l.Start, l.End }))
            .Concat(c.MolecularTests.Select(t => t.Date)).Concat(c.Assessments.Select(a => a.Date))
            .Concat(c.LocalTherapies.Select(t => t.Date)).Concat(c.AdverseEvents.Select(e => e.Onset))
            .Concat(c.PatientStatus.Select(s => s.Date)).Concat(c.Medications.Select(m => m.Start)).Concat(c.Refusals.Select(r => r.Date))
            .Append(c.Outcome?.LastFollowUp).Append(c.Outcome?.DeathDate)
            .OfType<PartialDate>().ToList();
        var firstDiagnosis = c.Diagnoses.Select(d => d.Date).OfType<PartialDate>().OrderBy(d => d.Earliest).Cast<PartialDate?>().FirstOrDefault();
        if (dates.Count == 0)
        {
            return "the record has no dates: use --after-line N";
        }

        var last = dates.MaxBy(d => d.Latest);
        var span = $"the record spans {(firstDiagnosis is { } f ? f.Text : dates.MinBy(d => d.Earliest).Text)} (first diagnosis) to {last.Text} (last dated event)";
        if (firstDiagnosis is { } first && asOf.IsCertainlyBefore(first))
        {
            return $"is before the first diagnosis; {span}";
        }

        if (asOf.Earliest > last.Latest.AddYears(MaxYearsAfterLastEvent))
        {
            return $"is more than {MaxYearsAfterLastEvent} year after the last dated event; {span}";
        }

        return null;
    }
}
