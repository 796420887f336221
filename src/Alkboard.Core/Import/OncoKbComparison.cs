using System.Collections.Immutable;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// A file's OncoKB annotation of one result beside Alkboard's own interpretation of it: per drug
/// the file levels, Alkboard's strongest level in the same and in the opposite direction and how
/// they relate; Alkboard's levels per drug; and every disagreement. Display only: nothing here
/// feeds ranking or recommendation.
/// </summary>
/// <param name="Annotation">The file's claim, with its provenance.</param>
/// <param name="Alteration">The alteration Alkboard interpreted (its normalized form).</param>
/// <param name="TumorType">The tumor type Alkboard's levels are for.</param>
/// <param name="Drugs">One entry per drug of every treatment the file levels, in the file's column order.</param>
/// <param name="Alkboard">Alkboard's strongest level per drug and direction, in the order of its interpretation.</param>
/// <param name="Disagreements">Each disagreement in words; empty when the two agree.</param>
public sealed record OncoKbComparison(
    OncoKbAnnotation Annotation,
    string Alteration,
    string TumorType,
    ImmutableArray<OncoKbDrugComparison> Drugs,
    ImmutableArray<AlkboardDrugLevels> Alkboard,
    ImmutableArray<OncoKbDisagreement> Disagreements)
{
    /// <summary>True when the file and Alkboard disagree anywhere.</summary>
    public bool Disagrees => !Disagreements.IsEmpty;

    /// <summary>What a reader must know about the compared result that is no disagreement (a fusion whose orientation the file does not give); empty when nothing.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}

/// <summary>
/// One drug the file levels, against Alkboard's strongest evidence for the same drug (matched by
/// canonical name, <see cref="KnowledgeBase.EvidenceDrugOf"/>) in the file's direction and in the other.
/// </summary>
public sealed record OncoKbDrugComparison(
    OncoKbTreatment Treatment,
    OncoKbDrug Drug,
    EvidenceLevel? AlkboardSameDirection,
    EvidenceLevel? AlkboardOppositeDirection,
    OncoKbAgreement Agreement)
{
    /// <summary>True for the agreements that are disagreements.</summary>
    public bool Disagrees => Agreement is OncoKbAgreement.DifferentLevel or OncoKbAgreement.OppositeDirection or OncoKbAgreement.NotLeveledByAlkboard or OncoKbAgreement.Unresolved;
}

/// <summary>Alkboard's strongest level for a drug in each direction (null: none), as its interpretation gives them.</summary>
public sealed record AlkboardDrugLevels(string Drug, EvidenceLevel? Sensitivity, EvidenceLevel? Resistance);

/// <summary>One disagreement: its kind (the contract word) and the sentence a board reads.</summary>
public sealed record OncoKbDisagreement(OncoKbDisagreementKind Kind, string Text);

/// <summary>How a drug the file levels relates to Alkboard's evidence for it.</summary>
public enum OncoKbAgreement
{
    /// <summary>Same direction and the same level (whatever Alkboard holds in the other direction).</summary>
    Agrees,

    /// <summary>Same direction, another level.</summary>
    DifferentLevel,

    /// <summary>Alkboard's evidence for the drug is only, or more strongly, in the other direction, and not at the file's level in the file's direction.</summary>
    OppositeDirection,

    /// <summary>Alkboard has no evidence for the drug with this alteration.</summary>
    NotLeveledByAlkboard,

    /// <summary>Neither the drug vocabulary nor the knowledge base's CIViC therapies know the name: shown as given, Alkboard levels no drug of that name.</summary>
    Unresolved,

    /// <summary>Same direction, but the file's level (LEVEL_R3) has no Alkboard equivalent to compare.</summary>
    NoEquivalentLevel,
}

/// <summary>The kinds of disagreement.</summary>
public enum OncoKbDisagreementKind
{
    /// <summary>The file levels a drug Alkboard has no evidence for (with this alteration).</summary>
    NotLeveledByAlkboard,

    /// <summary>The file levels a drug whose name Alkboard's vocabulary does not know.</summary>
    UnresolvedDrug,

    /// <summary>Same drug and direction, another level.</summary>
    DifferentLevel,

    /// <summary>The file's direction (sensitivity or LEVEL_R*) contradicts Alkboard's call for the drug.</summary>
    OppositeDirection,

    /// <summary>The file's oncogenicity contradicts Alkboard's evidence (a neutral alteration with therapeutic evidence, a resistance alteration with only sensitivity evidence).</summary>
    Oncogenicity,

    /// <summary>Alkboard could not read the alteration at all.</summary>
    NotInterpreted,
}
