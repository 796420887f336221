using Alkboard.Core.Import.Cbioportal;

namespace Alkboard.Contracts.Import;

/// <summary>
/// What one file of the study gave: its name, the meta file that names it (null for a file read
/// without one), its cBioPortal datatype, SHA-256, genome build (null when neither it nor the study
/// states one), counts by sentence (sorted), notes and the number of results kept.
/// </summary>
public sealed record StudyFileJson(string File, string? Meta, string Datatype, string? Sha256, string? GenomeBuild, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<string> Notes, int Results)
{
    /// <summary>The contract form of one file's import.</summary>
    public static StudyFileJson From(StudyFileImport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(Path.GetFileName(file.File), file.Meta, file.Datatype, file.Sha256, file.GenomeBuild, file.Counts, file.Notes, file.Results.Length);
    }
}
