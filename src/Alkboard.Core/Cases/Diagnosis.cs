using System.Collections.Immutable;

namespace Alkboard.Core.Cases;

/// <summary>
/// A diagnosis or restaging: histology (with its OncoTree code where one exists), primary site,
/// extent, the metastatic sites, and whether the central nervous system is involved (which moves
/// CNS-active ALK inhibitors up; CLINICAL-LOGIC.md section 5).
/// </summary>
public sealed record Diagnosis(
    string Id,
    DiagnosisEvent Event,
    PartialDate? Date,
    Histology Histology,
    string? HistologyText,
    string? PrimarySite,
    DiseaseExtent Extent,
    ImmutableArray<string> MetastaticSites,
    bool? CnsMetastases,
    string? Note)
{
    /// <summary>The OncoTree code for <see cref="Histology"/>, or null where OncoTree has none.</summary>
    public string? OncoTreeCode => HistologyCatalog.OncoTreeCode(Histology);
}
