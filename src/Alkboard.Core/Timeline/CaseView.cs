namespace Alkboard.Core.Timeline;

/// <summary>
/// A case as a reader sees it: every section in chronological order, with durations computed
/// from partial dates (as ranges where the dates are partial). Rendered by <c>alkboard show</c>
/// as tables or as JSON; the JSON form is documented in docs/cli.md. <see cref="Responses"/> is
/// the RECIST 1.1 evaluation with default options (docs/recist.md).
/// </summary>
public sealed record CaseView(
    string SourceFile,
    PatientView Patient,
    SourceView Source,
    IReadOnlyList<DiagnosisView> Diagnoses,
    IReadOnlyList<TestView> MolecularTests,
    IReadOnlyList<LineView> TherapyLines,
    IReadOnlyList<LocalTherapyView> LocalTherapies,
    IReadOnlyList<AssessmentView> Assessments,
    IReadOnlyList<AdverseEventView> AdverseEvents,
    OutcomeView? Outcome,
    Recist.RecistReport Responses,
    IReadOnlyList<ChronologyEntry> Chronology,
    IReadOnlyList<string> Notes);

/// <summary>The patient line of the view.</summary>
public sealed record PatientView(string Id, string Sex, int? AgeAtDiagnosis, int? BirthYear);

/// <summary>Where the case comes from.</summary>
public sealed record SourceView(string Citation, string? Doi, string? Pmid, string? Url, string? PatientLabel, bool Synthetic);

/// <summary>A diagnosis or restaging.</summary>
public sealed record DiagnosisView(
    string Id, string Event, string? Date, string Histology, string? OncoTreeCode, string? PrimarySite, string Extent,
    IReadOnlyList<string> MetastaticSites, bool? CnsMetastases, string? Note);

/// <summary>A molecular test and its findings.</summary>
public sealed record TestView(
    string Id, string? Date, string Method, string Specimen, string? Lab, string? Panel, string Status,
    IReadOnlyList<FindingView> Findings, string? Note);

/// <summary>One finding, with its kind and a one-line description.</summary>
public sealed record FindingView(string Kind, string Text, string? Note);

/// <summary>A line of systemic therapy with its duration.</summary>
public sealed record LineView(
    int Line, IReadOnlyList<AgentView> Agents, string? Start, string? End, DurationView? Duration, string ReasonStopped,
    string? Access, int? Cycles, IReadOnlyList<string> DoseChanges, string? Note);

/// <summary>A drug and its starting dose.</summary>
public sealed record AgentView(string Drug, string? Dose);

/// <summary>A duration with its uncertainty, in days and months (30.4375 days per month).</summary>
public sealed record DurationView(int MinDays, int MaxDays, double MinMonths, double MaxMonths, string Text);

/// <summary>A local therapy.</summary>
public sealed record LocalTherapyView(string Id, string Kind, string? Date, string? End, string Text, string? Note);

/// <summary>An assessment.</summary>
public sealed record AssessmentView(
    string Id, string? Date, int? Line, string Modality, IReadOnlyList<ObservationView> Observations, string? ReportedResponse,
    decimal? ReportedChangePercent, string? Note);

/// <summary>One lesion at one assessment; size in millimetres when measured.</summary>
public sealed record ObservationView(string Lesion, string Site, string Category, string State, decimal? SizeMm);

/// <summary>An adverse event.</summary>
public sealed record AdverseEventView(string Term, int? Grade, string? Onset, string? Drug, string Action, string? Note);

/// <summary>Outcome at last follow-up.</summary>
public sealed record OutcomeView(string? LastFollowUp, string VitalStatus, string? DeathDate, string? CauseOfDeath, string? Note);

/// <summary>One dated event of the chronology.</summary>
public sealed record ChronologyEntry(string Date, string Event);
