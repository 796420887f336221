using System.Globalization;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Import;

internal sealed partial class VcfRecords
{
    private void Small(VcfSite site)
    {
        if (Annotation(site) is not { } annotation)
        {
            Unannotated(site);
            return;
        }

        if (annotation.Gene is null)
        {
            collector.Count("annotated alleles without a gene (intergenic)");
            return;
        }

        var gene = _names.Symbol(annotation.Gene);
        if (!GeneNames.IsCaseSymbol(gene))
        {
            collector.Count("alleles whose gene is not written as an HGNC symbol (not added)");
            return;
        }

        if (!allGenes && !_names.InKnowledgeBase(gene))
        {
            collector.Count("alleles in genes outside the knowledge base (not added)");
            return;
        }

        if (annotation.HgvsProtein is null && annotation.HgvsCdna is null)
        {
            collector.Count("alleles without an HGVS c. or p. change (not added)");
            collector.Note($"{At(site)}: {site.Written} in {gene} has no HGVS c. or p. annotation ({annotation.Consequence ?? "no consequence"}); not added");
            return;
        }

        var note = string.Join("; ", new[]
        {
            site.Written + (collector.GenomeBuild is { } build ? $" ({build})" : string.Empty),
            annotation.Consequence,
            annotation.Transcript is null ? null : "transcript " + annotation.Transcript,
            Depth(site) is { } depth ? $"depth {depth}" : null,
            annotation.Source,
        }.Where(s => s is not null));
        collector.Count("variants added");
        if (gene == "ALK")
        {
            collector.Note($"ALK variant: {annotation.HgvsProtein ?? annotation.HgvsCdna} ({At(site)})");
        }

        collector.Add(new SequenceVariant(GeneSymbol.Of(gene), annotation.HgvsProtein, annotation.HgvsCdna, Vaf(site), note), site.Line);
    }

    private void Unannotated(VcfSite site)
    {
        _unannotated++;
        switch (collector.GenomeBuild)
        {
            case "GRCh37":
                if (_hotspots.AtGrch37(site.Chrom, site.Pos, site.Reference, site.Alt) is { } hotspot)
                {
                    var key = hotspot.Grch37;
                    collector.Count("unannotated alleles matched to an ALK hotspot by GRCh37 position");
                    collector.Note($"ALK variant: p.{hotspot.Protein} ({hotspot.Cdna}) found by GRCh37 position {key} in the knowledge base's hotspot table ({At(site)})");
                    var note = $"{site.Written} (GRCh37): ALK {hotspot.Cdna} p.{hotspot.Protein} by position in the knowledge base's hotspot table ({string.Join(", ", kb.References(hotspot.Citations))}); the record itself carries no annotation"
                        + (Depth(site) is { } depth ? $"; depth {depth}" : string.Empty);
                    collector.Add(new SequenceVariant(GeneSymbol.Alk, "p." + hotspot.Protein, hotspot.Cdna, Vaf(site), note), site.Line);
                }
                else
                {
                    collector.Count("unannotated alleles (need annotation)");
                }

                break;
            case "GRCh38":
                collector.Count("unannotated alleles on GRCh38 (not looked up)");
                collector.Note("the file is on GRCh38 and unannotated: the knowledge base holds ALK hotspot positions for GRCh37 only (no sourced GRCh38 positions, and no liftover by arithmetic), so no position was looked up; annotate the file (VEP or SnpEff)");
                break;
            default:
                collector.Count("unannotated alleles, genome build not stated (not looked up)");
                collector.Note("the header does not state the genome build (##reference or ##contig assembly): unannotated records were not looked up by position");
                break;
        }
    }

    private void Structural(VcfSite site)
    {
        var genes = Annotations(site).Select(a => a.Gene).Where(g => g is not null)
            .SelectMany(g => g!.Split('&', '-'))
            .Select(_names.Symbol).Distinct(StringComparer.Ordinal).ToList();
        if (!genes.Contains("ALK"))
        {
            collector.Count("structural or breakend alleles not naming ALK (not added)");
            return;
        }

        var others = genes.Where(g => g != "ALK").ToList();
        var kind = site.Info.GetValueOrDefault("SVTYPE") ?? (site.Alt.StartsWith('<') ? site.Alt.Trim('<', '>') : "BND");
        collector.Count("structural records naming ALK (possible ALK rearrangements)");
        collector.Note($"possible ALK rearrangement: {kind} record {site.Chrom}:{site.Pos} ALT {site.Alt} ({At(site)}); partner and orientation are not read from structural-variant records");
        var note = $"possible ALK rearrangement from a structural-variant record ({kind}, {site.Chrom}:{site.Pos} ALT {site.Alt})"
            + (others.Count > 0 ? $"; the annotation also names {string.Join(", ", others)}" : string.Empty)
            + "; partner and orientation not read";
        collector.Add(new FusionCall(null, GeneSymbol.Alk, null, null, null, null, $"{site.Chrom}:{site.Pos} {site.Alt}", null, note), site.Line);
    }

    /// <summary>"line 15", or "chr2:29443613 (read through the index)" when the line is not known.</summary>
    private static string At(VcfSite site) => site.Line > 0 ? $"line {site.Line}" : $"{site.Chrom}:{site.Pos}, read through the index";

    private static double? Vaf(VcfSite site)
    {
        if (site.Sample is not { } sample)
        {
            return null;
        }

        if (sample.TryGetValue("AD", out var ad) && Numbers(ad) is { } depths && depths.Length > site.AlleleNumber)
        {
            var total = depths.Sum();
            return total > 0 ? Math.Round(depths[site.AlleleNumber] / total, 4) : null;
        }

        return sample.TryGetValue("AF", out var af) && Numbers(af) is { } fractions && fractions.Length >= site.AlleleNumber
            && fractions[site.AlleleNumber - 1] is >= 0 and <= 1 ? Math.Round(fractions[site.AlleleNumber - 1], 4) : null;
    }

    private static string? Depth(VcfSite site) =>
        site.Sample?.GetValueOrDefault("DP") is { } dp && long.TryParse(dp, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? dp : null;

    /// <summary>The comma-separated numbers of a FORMAT value, or null when any is missing ('.') or not a number.</summary>
    private static double[]? Numbers(string text)
    {
        var parts = text.Split(',');
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }

        return values;
    }
}
