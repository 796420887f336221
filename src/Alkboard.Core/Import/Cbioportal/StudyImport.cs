using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// A cBioPortal study folder read whole: the study's identifier, name, cancer type and genome
/// build, what each file gave, one case per patient (each checked by loading it with every case
/// rule), the timeline rows that could not be placed and why, study-level notes, and every error
/// and warning. A study with one error gives no case: it is accepted whole or rejected whole.
/// </summary>
public sealed record StudyImport(
    string Folder,
    string? StudyId,
    string? Name,
    string? CancerType,
    string? CancerTypeName,
    string? GenomeBuild,
    ImmutableArray<StudyFileImport> Files,
    ImmutableArray<StudyPatient> Patients,
    ImmutableArray<UnplacedTimelineRow> Unplaced,
    ImmutableArray<string> Notes,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Every error and warning, the study's first, then each file's in reading order.</summary>
    public IEnumerable<Diagnostic> AllDiagnostics => Diagnostics.Concat(Files.SelectMany(f => f.Diagnostics));

    /// <summary>True when no file and no check gave an error: the cases can be written.</summary>
    public bool Success => AllDiagnostics.All(d => !d.IsError);
}

/// <summary>
/// One patient's case: the patient id, the case file name it is written to, the samples, the case
/// as JSON and as the loaded model, its histology word and OncoTree (or cBioPortal cancer type) code.
/// </summary>
public sealed record StudyPatient(
    string Id,
    string CaseFile,
    ImmutableArray<string> Samples,
    string CaseJson,
    PatientCase Case,
    string Histology,
    string? CancerTypeCode);

/// <summary>A timeline row that gave nothing to the case, with its file and line, patient, event type, start day and why.</summary>
public sealed record UnplacedTimelineRow(string File, int Line, string Patient, string EventType, long StartDay, string Reason);
