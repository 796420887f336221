namespace Alkboard.Core.Cases;

/// <summary>
/// A gene fusion, 5' partner first (e.g. CARS1 exons 1–18 :: ALK exons 20–29). Transcripts,
/// exons or breakpoints and the reading frame are kept as reported. The 5' partner is null when
/// the test shows a rearrangement without naming the partner (FISH break-apart).
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
        return $"{five}::{three} fusion{frame}";
    }
}
