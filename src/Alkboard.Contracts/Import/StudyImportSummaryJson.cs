using Alkboard.Contracts.Cases;
using Alkboard.Core.Import.Cbioportal;

namespace Alkboard.Contracts.Import;

/// <summary>
/// <c>alkboard import-study --format json</c> (docs/import-study.md): the study read (folder,
/// identifier, name, cancer type code and name, genome build), where the cases went (null: checked
/// only, nothing written), what each file gave, the totals, each patient's case, the timeline rows
/// that could not be placed and why, the study's notes and its warnings.
/// </summary>
public sealed record StudyImportSummaryJson(
    string Folder,
    string? Study,
    string? Name,
    string? CancerType,
    string? CancerTypeName,
    string? GenomeBuild,
    string? Output,
    IReadOnlyList<StudyFileJson> Files,
    StudyTotalsJson Totals,
    IReadOnlyList<StudyPatientJson> Patients,
    IReadOnlyList<UnplacedTimelineRowJson> Unplaced,
    IReadOnlyList<string> Notes,
    IReadOnlyList<DiagnosticJson> Warnings)
{
    /// <summary>The contract form of a study import that succeeded.</summary>
    public static StudyImportSummaryJson From(StudyImport study, string? output)
    {
        ArgumentNullException.ThrowIfNull(study);
        return new(study.Folder, study.StudyId, study.Name, study.CancerType, study.CancerTypeName, study.GenomeBuild, output,
            [.. study.Files.Select(StudyFileJson.From)], StudyTotalsJson.From(study), [.. study.Patients.Select(StudyPatientJson.From)],
            [.. study.Unplaced.Select(u => new UnplacedTimelineRowJson(u.File, u.Line, u.Patient, u.EventType, u.StartDay, u.Reason))],
            study.Notes, [.. study.AllDiagnostics.Where(d => !d.IsError).Select(DiagnosticJson.From)]);
    }
}
