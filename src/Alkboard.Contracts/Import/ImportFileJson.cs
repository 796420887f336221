using Alkboard.Contracts.Cases;
using Alkboard.Core.Import;

namespace Alkboard.Contracts.Import;

/// <summary>
/// What one lab file yielded: its format word, SHA-256 of its bytes, the caller and version and
/// genome build its header names (null when it names none), the sample read, counts by sentence
/// (sorted), notes, the results kept with their line, and the errors that rejected it.
/// </summary>
public sealed record ImportFileJson(
    string File,
    string Format,
    string? Sha256,
    string? Caller,
    string? CallerVersion,
    string? GenomeBuild,
    string? Sample,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ImportedResultJson> Results,
    IReadOnlyList<DiagnosticJson> Errors)
{
    /// <summary>The contract form of one file's import.</summary>
    public static ImportFileJson From(LabFileImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return new(import.File, FormatWord(import.Format), import.Sha256, import.Caller, import.CallerVersion, import.GenomeBuild, import.Sample,
            import.Counts, import.Notes, [.. import.Results.Select(r => new ImportedResultJson(r.Kind, r.Describe(), r.Provenance?.Line))],
            [.. import.Errors.Select(DiagnosticJson.From)]);
    }

    /// <summary>The format word of the contract: vcf, maf, arriba, star_fusion, fusioncatcher, fusion_table, oncokb_fusions, oncokb_sv, gistic_cna, cna_table, oncokb_clinical, or unknown.</summary>
    public static string FormatWord(LabFileFormat? format) => format switch
    {
        LabFileFormat.Vcf => "vcf",
        LabFileFormat.Maf => "maf",
        LabFileFormat.Arriba => "arriba",
        LabFileFormat.StarFusion => "star_fusion",
        LabFileFormat.FusionCatcher => "fusioncatcher",
        LabFileFormat.FusionTable => "fusion_table",
        LabFileFormat.OncoKbFusions => "oncokb_fusions",
        LabFileFormat.OncoKbStructuralVariants => "oncokb_sv",
        LabFileFormat.GisticCopyNumber => "gistic_cna",
        LabFileFormat.CopyNumberTable => "cna_table",
        LabFileFormat.OncoKbClinical => "oncokb_clinical",
        null => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a lab file format without a contract word"),
    };
}

/// <summary>One result kept from a lab file: its kind (variant, fusion, ...), its text as the case shows it, and its 1-based line in the file.</summary>
public sealed record ImportedResultJson(string Kind, string Text, int? Line);
