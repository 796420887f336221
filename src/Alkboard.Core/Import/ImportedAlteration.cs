using Alkboard.Core.Cases;

namespace Alkboard.Core.Import;

/// <summary>The alteration text an imported result is interpreted as (docs/import.md, <c>interpret --file</c>).</summary>
public static class ImportedAlteration
{
    /// <summary>A variant as <c>GENE p.…</c> (or <c>c.…</c>), a fusion as <c>5'::3'</c>, a rearrangement without a partner as <c>GENE rearrangement</c>, a copy-number change as <c>GENE amplification</c>.</summary>
    public static string Text(MolecularResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result switch
        {
            SequenceVariant v => $"{v.Gene} {v.HgvsProtein ?? v.HgvsCdna}",
            FusionCall { FivePrimeGene: null } f => $"{f.ThreePrimeGene} rearrangement",
            FusionCall f => $"{f.FivePrimeGene}::{f.ThreePrimeGene}",
            CopyNumberChange c => $"{c.Gene} {CaseWords.Of(c.Call)}",
            _ => result.Describe(),
        };
    }
}
