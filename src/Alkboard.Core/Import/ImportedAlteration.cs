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

    /// <summary>
    /// What an interpretation of <see cref="Text"/> must say about results read as that text that the
    /// text cannot: a fusion whose 5'/3' order the file does not give (the text is Alkboard's reading),
    /// once per caveat with every file and line it applies to. Empty when no result has one.
    /// </summary>
    public static IEnumerable<string> Caveats(IEnumerable<MolecularResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.OfType<FusionCall>().Where(f => f.OrientationCaveat is not null)
            .GroupBy(f => (f.OrientationCaveat!, f.ThreePrimeGene.Value))
            .Select(g => $"orientation not given by {Where(g)}: {g.Key.Item1}; this call does not establish {g.Key.Value} positivity by itself");
    }

    private static string Where(IEnumerable<FusionCall> calls)
    {
        var located = calls.Select(c => c.Provenance).OfType<ResultProvenance>().GroupBy(p => p.File, StringComparer.Ordinal)
            .Select(g => $"{g.Key}:{string.Join(", ", g.Select(p => p.Line))}").ToList();
        return located.Count == 0 ? "the source" : string.Join("; ", located);
    }
}
