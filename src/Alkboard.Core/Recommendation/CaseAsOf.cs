using System.Collections.Immutable;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// The case as it stood at a moment: only what was certainly known by then is kept (an event dated
/// "2012/2014" is not known in 2013); a line that may still have been running is ongoing; a later
/// death is not yet known. Undated items are kept unless they are tied to a removed line.
/// </summary>
public static class CaseAsOf
{
    /// <summary>Truncates the case.</summary>
    public static PatientCase Truncate(PatientCase c, AsOf asOf)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(asOf);
        if (asOf.Date is { } date)
        {
            return ByDate(c, date);
        }

        return asOf.AfterLine is { } n ? ByLine(c, n) : c;
    }

    /// <summary>
    /// What a decision as of a date assumes because the record cannot say: each undated molecular test
    /// that is kept, and so counted as known on that date — one with neither a date nor a line, or one
    /// tied to a line that may still have been running then. Empty for a decision on the whole record
    /// or after a line (undated histories place tests by line).
    /// </summary>
    /// <param name="c">The case as recorded.</param>
    /// <param name="asOf">The moment of the decision.</param>
    /// <returns>One sentence per assumption, in record order.</returns>
    public static ImmutableArray<string> Assumptions(PatientCase c, AsOf asOf)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(asOf);
        if (asOf.Date is not { } date)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var t in c.MolecularTests.Where(t => t.Date is null))
        {
            if (t.Line is null)
            {
                result.Add($"test {t.Id} has no date and no line: its results are counted as known on {date}; if it was done later, decide again without it");
            }
            else if (c.TherapyLines.FirstOrDefault(l => l.Number == t.Line) is { } line && line.Start is { } start && !After(start, date)
                && (line.End is null || After(line.End, date)))
            {
                result.Add($"test {t.Id} has no date and belongs to line {line.Number}, which may still have been running on {date}: its results (taken during or at the end of that line) are counted as known; if it was done later, decide again without it");
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Not known by the decision date: it may have happened after it (its latest possible day is later).</summary>
    private static bool After(PartialDate? d, PartialDate date) => d is { } value && value.Latest > date.Latest;

    private static PatientCase ByDate(PatientCase c, PartialDate date)
    {
        var lines = c.TherapyLines.Where(l => !After(l.Start, date))
            .Select(l => After(l.End, date) ? l with { End = null, ReasonStopped = StopReason.Ongoing } : l).ToImmutableArray();
        var kept = lines.Select(l => l.Number).ToHashSet();
        var drugs = lines.SelectMany(l => l.Agents).Select(a => a.Drug).ToHashSet();
        return c with
        {
            Diagnoses = [.. c.Diagnoses.Where(d => !After(d.Date, date))],
            TherapyLines = [.. lines.Select(l => l with { DoseChanges = [.. l.DoseChanges.Where(ch => !After(ch.Date, date))] })],
            MolecularTests = [.. c.MolecularTests.Where(t => !After(t.Date, date) && (t.Line is null || kept.Contains(t.Line.Value)))],
            Assessments = [.. c.Assessments.Where(a => !After(a.Date, date) && (a.Line is null || kept.Contains(a.Line.Value)))],
            LocalTherapies = [.. c.LocalTherapies.Where(t => !After(t.Date, date))],
            AdverseEvents = [.. c.AdverseEvents.Where(e => !After(e.Onset, date) && (e.Drug is null || drugs.Contains(e.Drug.Value)))],
            PatientStatus = [.. c.PatientStatus.Where(s => !After(s.Date, date))],
            Medications = [.. c.Medications.Where(m => !After(m.Start, date)).Select(m => After(m.End, date) ? m with { End = null } : m)],
            Refusals = [.. c.Refusals.Where(r => !After(r.Date, date))],
            Outcome = c.Outcome is { } o && (After(o.DeathDate, date) || After(o.LastFollowUp, date))
                ? new Outcome(date, VitalStatus.Alive, null, null, "as of the decision date")
                : c.Outcome,
        };
    }

    private static PatientCase ByLine(PatientCase c, int n)
    {
        var lines = c.TherapyLines.Where(l => l.Number <= n).ToImmutableArray();
        var nextStart = c.TherapyLines.FirstOrDefault(l => l.Number == n + 1)?.Start;
        bool Later(PartialDate? d) => nextStart is { } s && d is { } value && !value.IsCertainlyBefore(s) && value.Earliest > s.Earliest;
        var drugs = lines.SelectMany(l => l.Agents).Select(a => a.Drug).ToHashSet();
        var hasLater = c.TherapyLines.Any(l => l.Number > n);
        return c with
        {
            Diagnoses = [.. c.Diagnoses.Where(d => !Later(d.Date))],
            TherapyLines = lines,
            MolecularTests = [.. c.MolecularTests.Where(t => (t.Line is null || t.Line <= n) && !Later(t.Date))],
            Assessments = [.. c.Assessments.Where(a => (a.Line is null || a.Line <= n) && !Later(a.Date))],
            LocalTherapies = [.. c.LocalTherapies.Where(t => !Later(t.Date))],
            AdverseEvents = [.. c.AdverseEvents.Where(e => (e.Drug is null || drugs.Contains(e.Drug.Value)) && !Later(e.Onset))],
            PatientStatus = [.. c.PatientStatus.Where(s => !Later(s.Date))],
            Medications = [.. c.Medications.Where(m => !Later(m.Start))],
            Refusals = [.. c.Refusals.Where(r => !Later(r.Date))],
            Outcome = hasLater ? new Outcome(null, VitalStatus.Alive, null, null, $"as of the end of line {n}") : c.Outcome,
        };
    }
}
