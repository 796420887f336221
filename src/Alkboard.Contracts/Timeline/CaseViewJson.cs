using Alkboard.Contracts.Recist;
using Alkboard.Core.Timeline;

namespace Alkboard.Contracts.Timeline;

/// <summary>
/// <c>alkboard show --format json</c> (docs/cli.md): the case as a reader sees it, every section in
/// chronological order with durations from partial dates, the RECIST 1.1 evaluation with default
/// options, the chronology and the case's notes.
/// </summary>
public sealed record CaseViewJson(
    string SourceFile,
    PatientViewJson Patient,
    SourceViewJson Source,
    IReadOnlyList<DiagnosisViewJson> Diagnoses,
    IReadOnlyList<TestViewJson> MolecularTests,
    IReadOnlyList<LineViewJson> TherapyLines,
    IReadOnlyList<LocalTherapyViewJson> LocalTherapies,
    IReadOnlyList<AssessmentViewJson> Assessments,
    IReadOnlyList<AdverseEventViewJson> AdverseEvents,
    OutcomeViewJson? Outcome,
    RecistReportJson Responses,
    IReadOnlyList<ChronologyEntryJson> Chronology,
    IReadOnlyList<string> Notes)
{
    /// <summary>The contract form of a case view.</summary>
    public static CaseViewJson From(CaseView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(
            v.SourceFile,
            new PatientViewJson(v.Patient.Id, v.Patient.Sex, v.Patient.AgeAtDiagnosis, v.Patient.BirthYear),
            new SourceViewJson(v.Source.Citation, v.Source.Doi, v.Source.Pmid, v.Source.Url, v.Source.PatientLabel, v.Source.Synthetic),
            [.. v.Diagnoses.Select(d => new DiagnosisViewJson(d.Id, d.Event, d.Date, d.Histology, d.OncoTreeCode, d.PrimarySite, d.Extent, [.. d.MetastaticSites], d.CnsMetastases, d.Note))],
            [.. v.MolecularTests.Select(t => new TestViewJson(t.Id, t.Date, t.Method, t.Specimen, t.Lab, t.Panel, t.Status, [.. t.Findings.Select(f => new FindingViewJson(f.Kind, f.Text, f.Note))], t.Note))],
            [.. v.TherapyLines.Select(LineViewJson.From)],
            [.. v.LocalTherapies.Select(t => new LocalTherapyViewJson(t.Id, t.Kind, t.Date, t.End, t.Text, t.Note))],
            [.. v.Assessments.Select(AssessmentViewJson.From)],
            [.. v.AdverseEvents.Select(e => new AdverseEventViewJson(e.Term, e.Grade, e.Onset, e.Drug, e.Action, e.Note))],
            v.Outcome is { } o ? new OutcomeViewJson(o.LastFollowUp, o.VitalStatus, o.DeathDate, o.CauseOfDeath, o.Note) : null,
            RecistReportJson.From(v.Responses),
            [.. v.Chronology.Select(c => new ChronologyEntryJson(c.Date, c.Event))],
            [.. v.Notes]);
    }
}
