namespace Alkboard.Core.Cases;

/// <summary>
/// A gene fusion, 5' partner first (e.g. CARS1 exons 1–18 :: ALK exons 20–29). Transcripts,
/// exons or breakpoints and the reading frame are kept as reported. The 5' partner is null when
/// the test shows a rearrangement without naming the partner (FISH break-apart).
/// <see cref="OrientationInferred"/> marks a call whose source names both genes but not which is
/// 5' (the OncoKB annotator's fusion and structural-variant tables): the order held is a reading,
/// not a finding.
/// </summary>
public sealed record FusionCall(
    GeneSymbol? FivePrimeGene,
    GeneSymbol ThreePrimeGene,
    string? FivePrimeExons,
    string? ThreePrimeExons,
    string? FivePrimeTranscript,
    string? ThreePrimeTranscript,
    string? Breakpoint,
    bool? InFrame,
    string? Note) : MolecularResult(Note)
{
    /// <inheritdoc />
    public override string Kind => "fusion";

    /// <summary>
    /// True when the source gives the two genes but not their 5'/3' order, so
    /// <see cref="FivePrimeGene"/> and <see cref="ThreePrimeGene"/> are inferred (the importer reads
    /// the knowledge base's fusion kinase as 3'). Such a call never establishes ALK positivity or a
    /// retained ALK kinase domain by itself: with ALK as the 5' partner the kinase domain is not in
    /// the fusion (case field <c>orientationInferred</c>; false when the source states the order).
    /// </summary>
    public bool OrientationInferred { get; init; }

    /// <summary>
    /// For a call with <see cref="OrientationInferred"/>, what a reader must know, after "orientation not
    /// given by the source:" (e.g. "ALK is read as 3' only because it is the fusion kinase; if the event
    /// is ALK::PTPN3, the ALK kinase domain is not in the fusion"); null when the source states the order.
    /// </summary>
    public string? OrientationCaveat => OrientationInferred
        ? $"{ThreePrimeGene} is read as 3' only because it is the fusion kinase; "
            + $"{(FivePrimeGene is { } five ? $"if the event is {ThreePrimeGene}::{five}" : $"with {ThreePrimeGene} as the 5' partner")}, the {ThreePrimeGene} kinase domain is not in the fusion"
        : null;

    /// <inheritdoc />
    public override string Describe()
    {
        if (FivePrimeGene is null)
        {
            return $"{ThreePrimeGene} rearrangement (partner not identified)";
        }

        var five = FivePrimeExons is null ? FivePrimeGene : $"{FivePrimeGene}(ex{FivePrimeExons})";
        var three = ThreePrimeExons is null ? ThreePrimeGene : $"{ThreePrimeGene}(ex{ThreePrimeExons})";
        var frame = InFrame switch { true => ", in frame", false => ", out of frame", _ => string.Empty };
        return $"{five}::{three} fusion{frame}{(OrientationInferred ? ", orientation inferred" : string.Empty)}";
    }
}
