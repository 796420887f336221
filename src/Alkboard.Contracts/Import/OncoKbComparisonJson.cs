using Alkboard.Core.Import;
using Alkboard.Core.Knowledge;

namespace Alkboard.Contracts.Import;

/// <summary>
/// A lab file's OncoKB annotation of one result beside Alkboard's interpretation of it
/// (docs/import.md, "OncoKB annotations"): where the row is (file, SHA-256, line, sample), the
/// alteration and the tumor type Alkboard's levels are for, the tumor type the annotation was made
/// for and where that comes from (the row's CANCER_TYPE column or a clinical table's line; null: not
/// known), the claim sentence, the annotation columns read, the
/// file's values as written, per drug the file's level against Alkboard's, Alkboard's levels per
/// drug, the disagreements, and notes that are no disagreement (a fusion whose 5'/3' orientation the
/// file does not give: "orientation not given by the file"). Shown beside Alkboard's output, never merged into it.
/// </summary>
public sealed record OncoKbComparisonJson(
    string File,
    string Sha256,
    int Line,
    string? Sample,
    string Alteration,
    string TumorType,
    string? AnnotatedTumorType,
    string? AnnotatedTumorTypeSource,
    string Claim,
    IReadOnlyList<string> Columns,
    bool? Annotated,
    bool? GeneInOncoKb,
    bool? VariantInOncoKb,
    string? MutationEffect,
    string? Oncogenic,
    string? HighestLevel,
    string? HighestSensitiveLevel,
    string? HighestResistanceLevel,
    IReadOnlyList<OncoKbDrugJson> Drugs,
    IReadOnlyList<AlkboardDrugLevelsJson> Alkboard,
    IReadOnlyList<OncoKbLeveledJson> Diagnostic,
    IReadOnlyList<OncoKbLeveledJson> Prognostic,
    IReadOnlyList<string> Citations,
    bool Disagrees,
    IReadOnlyList<OncoKbDisagreementJson> Disagreements,
    IReadOnlyList<string> Notes)
{
    /// <summary>The contract form of a comparison.</summary>
    public static OncoKbComparisonJson From(OncoKbComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var a = c.Annotation;
        var p = a.Provenance;
        return new(p.File, p.Sha256, p.Line, p.Sample, c.Alteration, c.TumorType, a.TumorType, a.TumorTypeSource, ClaimOf(p.File), [.. a.Columns],
            a.Annotated, a.GeneInOncoKb, a.VariantInOncoKb, a.MutationEffect, a.Oncogenic, a.HighestLevel, a.HighestSensitiveLevel, a.HighestResistanceLevel,
            [.. c.Drugs.Select(OncoKbDrugJson.From)],
            [.. c.Alkboard.Select(l => new AlkboardDrugLevelsJson(l.Drug, Code(l.Sensitivity), Code(l.Resistance)))],
            [.. a.Diagnostic.Select(d => new OncoKbLeveledJson(d.Column, d.TumorTypes))],
            [.. a.Prognostic.Select(d => new OncoKbLeveledJson(d.Column, d.TumorTypes))],
            [.. a.Citations], c.Disagrees,
            [.. c.Disagreements.Select(d => new OncoKbDisagreementJson(KindWord(d.Kind), d.Text))], [.. c.Notes]);
    }

    /// <summary>Whose claim the values are: the file's, with no date (the annotator writes none into the table).</summary>
    public static string ClaimOf(string file) =>
        $"OncoKB annotation columns of {file}: the file's claim, not Alkboard's; the file states no OncoKB data version or date";

    /// <summary>The contract word of a disagreement kind.</summary>
    public static string KindWord(OncoKbDisagreementKind kind) => kind switch
    {
        OncoKbDisagreementKind.NotLeveledByAlkboard => "not_leveled_by_alkboard",
        OncoKbDisagreementKind.UnresolvedDrug => "unresolved_drug",
        OncoKbDisagreementKind.DifferentLevel => "different_level",
        OncoKbDisagreementKind.OppositeDirection => "opposite_direction",
        OncoKbDisagreementKind.Oncogenicity => "oncogenicity",
        OncoKbDisagreementKind.NotInterpreted => "not_interpreted",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a disagreement kind without a contract word"),
    };

    internal static string? Code(EvidenceLevel? level) => level is { } l ? EvidenceLevels.Code(l) : null;
}

/// <summary>
/// One drug of a treatment the file levels: the drug as written, the knowledge-base drug it denotes
/// (null: unresolved, shown as given) and how (<c>vocabulary</c>: the curated drug vocabulary;
/// <c>civic_therapy</c>: a therapy known only from imported CIViC evidence, by its CIViC name; null
/// when unresolved), the treatment as written, the column, the Alkboard level
/// it maps to (null for LEVEL_R3), its direction, Alkboard's strongest level for the drug in the same
/// and in the other direction, and the agreement (agrees, different_level, opposite_direction,
/// not_leveled_by_alkboard, unresolved, no_equivalent_level).
/// </summary>
public sealed record OncoKbDrugJson(
    string Drug,
    string? Resolved,
    string? ResolvedBy,
    string Treatment,
    string Column,
    string? Level,
    string Direction,
    string? AlkboardLevel,
    string? AlkboardOppositeLevel,
    string Agreement,
    bool Disagrees)
{
    /// <summary>The contract form of one drug's comparison.</summary>
    public static OncoKbDrugJson From(OncoKbDrugComparison d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Drug.Written, d.Drug.Resolved?.Value, ResolvedByWord(d.Drug), d.Treatment.Written, d.Treatment.Column, OncoKbComparisonJson.Code(d.Treatment.Level),
            d.Treatment.Direction == EffectDirection.Sensitivity ? "sensitivity" : "resistance",
            OncoKbComparisonJson.Code(d.AlkboardSameDirection), OncoKbComparisonJson.Code(d.AlkboardOppositeDirection), AgreementWord(d.Agreement), d.Disagrees);
    }

    /// <summary>How a file's drug was resolved: "vocabulary", "civic_therapy", or null when it was not.</summary>
    public static string? ResolvedByWord(OncoKbDrug drug)
    {
        ArgumentNullException.ThrowIfNull(drug);
        return drug.Resolved is null ? null : drug.FromCivicOnly ? "civic_therapy" : "vocabulary";
    }

    /// <summary>The contract word of an agreement.</summary>
    public static string AgreementWord(OncoKbAgreement agreement) => agreement switch
    {
        OncoKbAgreement.Agrees => "agrees",
        OncoKbAgreement.DifferentLevel => "different_level",
        OncoKbAgreement.OppositeDirection => "opposite_direction",
        OncoKbAgreement.NotLeveledByAlkboard => "not_leveled_by_alkboard",
        OncoKbAgreement.Unresolved => "unresolved",
        OncoKbAgreement.NoEquivalentLevel => "no_equivalent_level",
        _ => throw new ArgumentOutOfRangeException(nameof(agreement), agreement, "an agreement without a contract word"),
    };
}

/// <summary>Alkboard's strongest level for a drug in each direction ("3A", "R2"; null: none), from its interpretation.</summary>
public sealed record AlkboardDrugLevelsJson(string Drug, string? Sensitivity, string? Resistance);

/// <summary>A diagnostic or prognostic level column (LEVEL_Dx1, LEVEL_Px2) and the tumor types it lists, as written.</summary>
public sealed record OncoKbLeveledJson(string Column, string TumorTypes);

/// <summary>One disagreement: its kind and the sentence a board reads.</summary>
public sealed record OncoKbDisagreementJson(string Kind, string Text);
