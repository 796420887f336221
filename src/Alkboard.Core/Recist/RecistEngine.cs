using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

/// <summary>
/// RECIST 1.1 per line of systemic therapy, and outcome endpoints, from a case's lesion
/// measurements and history. Pure: the same case and options give the same report.
/// </summary>
/// <remarks>
/// Assessments belong to a line when they name it (<c>line: N</c>) or, undated by a link, when
/// their date is certainly after the line's start and not after its end (or the next line's
/// start). The baseline is the latest measured assessment whose earliest possible day is not after
/// the earliest possible start, and which may fall within <see cref="RecistOptions.BaselineWindowDays"/>
/// before the start.
/// </remarks>
public static partial class RecistEngine
{
    /// <summary>Evaluates every line of the case.</summary>
    public static RecistReport Evaluate(PatientCase patientCase, RecistOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        options ??= RecistOptions.Default;
        var problems = new List<RecistProblem>();
        var lines = new List<LineResponse>();
        for (var i = 0; i < patientCase.TherapyLines.Length; i++)
        {
            var next = i + 1 < patientCase.TherapyLines.Length ? patientCase.TherapyLines[i + 1] : null;
            lines.Add(new LineEvaluation(patientCase, patientCase.TherapyLines[i], next, options, problems).Evaluate());
        }

        var (overall, fromAlk) = OverallSurvival(patientCase);
        return new RecistReport(patientCase.Patient.Id, lines, overall, fromAlk, problems);
    }

    private static (Endpoint? FromDiagnosis, Endpoint? FromFirstAlkInhibitor) OverallSurvival(PatientCase c)
    {
        var diagnosis = c.Diagnoses.Where(d => d.Date is not null).OrderBy(d => d.Event == DiagnosisEvent.Initial ? 0 : 1).ThenBy(d => d.Date).Select(d => d.Date).FirstOrDefault();
        var firstAlk = c.TherapyLines.Where(l => l.Agents.Any(a => a.AlkInhibitor)).Select(l => l.Start).FirstOrDefault();
        var (end, died) = c.Outcome switch
        {
            { VitalStatus: VitalStatus.Dead, DeathDate: { } death } => ((PartialDate?)death, true),
            { VitalStatus: VitalStatus.Dead } => (null, true),
            { LastFollowUp: { } followUp } => (followUp, false),
            _ => (LatestDate(c), false),
        };

        Endpoint? From(PartialDate? start) => start is null
            ? null
            : end is { } e ? Endpoint.Between(start.Value, e, died) : Endpoint.Unknown(died, start.Value.Text, null);

        return (From(diagnosis), c.TherapyLines.Any(l => l.Agents.Any(a => a.AlkInhibitor)) ? From(firstAlk) : null);
    }

    /// <summary>The latest date recorded anywhere in the case, used to censor when no follow-up is given.</summary>
    private static PartialDate? LatestDate(PatientCase c)
    {
        var dates = c.TherapyLines.SelectMany(l => new[] { l.Start, l.End })
            .Concat(c.Assessments.Select(a => a.Date))
            .Concat(c.LocalTherapies.SelectMany(t => new[] { t.Date, t.End }))
            .Concat(c.MolecularTests.Select(t => t.Date))
            .Where(d => d is not null).Select(d => d!.Value).ToList();
        return dates.Count == 0 ? null : dates.Max();
    }
}
