using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// What the OncoKB annotator's columns of one row say about the result read from that row: the
/// file's claim, kept as written beside Alkboard's own interpretation and never merged into it.
/// The file states no OncoKB data version or date, so none is given; <see cref="TumorType"/> is the
/// tumor type the row names (<c>CANCER_TYPE</c> or <c>ONCOTREE_CODE</c>), null when it names none.
/// </summary>
/// <param name="Result">The result read from the row (with its provenance: file, SHA-256, line, sample).</param>
/// <param name="Columns">The annotation columns the file has, in its order (the provenance of every value here).</param>
/// <param name="TumorType">CANCER_TYPE or ONCOTREE_CODE of the row: the tumor type the annotator was given; null when the file does not say.</param>
/// <param name="Annotated">ANNOTATED: whether OncoKB annotated the row (written by newer annotators only).</param>
/// <param name="GeneInOncoKb">GENE_IN_ONCOKB (True/False as written; null when empty).</param>
/// <param name="VariantInOncoKb">VARIANT_IN_ONCOKB.</param>
/// <param name="MutationEffect">MUTATION_EFFECT as written (Gain-of-function, Unknown, …).</param>
/// <param name="Oncogenic">ONCOGENIC as written (Oncogenic, Likely Oncogenic, Likely Neutral, …); null when empty.</param>
/// <param name="Treatments">The therapeutic level columns (LEVEL_1 … LEVEL_R3), one entry per treatment listed.</param>
/// <param name="HighestLevel">HIGHEST_LEVEL as written (LEVEL_3A).</param>
/// <param name="HighestSensitiveLevel">HIGHEST_SENSITIVE_LEVEL (newer annotators only).</param>
/// <param name="HighestResistanceLevel">HIGHEST_RESISTANCE_LEVEL (newer annotators only).</param>
/// <param name="Diagnostic">LEVEL_Dx1…3 with the tumor types each lists, as written.</param>
/// <param name="Prognostic">LEVEL_Px1…3 with the tumor types each lists, as written.</param>
/// <param name="Citations">Every citation of the citation columns, as written (PMIDs, abstracts, links).</param>
public sealed record OncoKbAnnotation(
    MolecularResult Result,
    ImmutableArray<string> Columns,
    string? TumorType,
    bool? Annotated,
    bool? GeneInOncoKb,
    bool? VariantInOncoKb,
    string? MutationEffect,
    string? Oncogenic,
    ImmutableArray<OncoKbTreatment> Treatments,
    string? HighestLevel,
    string? HighestSensitiveLevel,
    string? HighestResistanceLevel,
    ImmutableArray<OncoKbLeveledTumorTypes> Diagnostic,
    ImmutableArray<OncoKbLeveledTumorTypes> Prognostic,
    ImmutableArray<string> Citations)
{
    /// <summary>Where <see cref="TumorType"/> comes from: "its CANCER_TYPE column", or a clinical table's "file:line"; null when no tumor type is known.</summary>
    public string? TumorTypeSource { get; init; }

    /// <summary>The file the row is in (its name) and the row's 1-based line.</summary>
    public ResultProvenance Provenance => Result.Provenance ?? throw new InvalidOperationException("an annotated result always has its provenance");
}

/// <summary>
/// One treatment of a LEVEL_ column as written (<c>Dabrafenib+Trametinib</c>), the column, the
/// Alkboard level it maps to (null for LEVEL_R3, which Alkboard's scale lacks), the direction the
/// column name states (LEVEL_R*: resistance), and each drug of the treatment through the vocabulary.
/// </summary>
public sealed record OncoKbTreatment(string Column, EvidenceLevel? Level, EffectDirection Direction, string Written, ImmutableArray<OncoKbDrug> Drugs);

/// <summary>
/// A drug as the file writes it and the knowledge-base drug it denotes
/// (<see cref="KnowledgeBase.EvidenceDrugOf"/>): through the drug vocabulary, or, with
/// <paramref name="FromCivicOnly"/>, a therapy Alkboard knows only from imported CIViC evidence, by
/// its CIViC name; null when neither knows the name (shown as given, never matched by spelling).
/// </summary>
public sealed record OncoKbDrug(string Written, DrugName? Resolved, bool FromCivicOnly);

/// <summary>A diagnostic or prognostic level column and the tumor types it lists, as written (Alkboard has no such levels to compare).</summary>
public sealed record OncoKbLeveledTumorTypes(string Column, string TumorTypes);

/// <summary>The tumor type an OncoKB clinical table gives a sample (ONCOTREE_CODE as written), with the table's name and line.</summary>
public sealed record SampleTumorType(string Code, string File, int Line);
