namespace Alkboard.Core.Import;

internal static partial class FusionTableReader
{
    /// <summary>
    /// Arriba fusions.tsv. Which partner is 5' follows from each partner's fusion strand (the second
    /// value of strand1(gene/fusion)) and its direction column, as Arriba's documentation of
    /// fusions.tsv defines them: a partner whose retained part lies downstream of its breakpoint on
    /// the fusion's '+' strand (or upstream on '-') is the 5' end; a partner known not to be 5' makes
    /// the other one 5'. When neither partner's columns decide it (no fusion strand '.', or both
    /// claim the same end), gene1 is kept first, the note says so, and the call is marked
    /// <c>orientationInferred</c>: it then never establishes ALK positivity by itself.
    /// </summary>
    private static FusionRow? Arriba(string[] f, Dictionary<string, int> index, int line, ImportCollector collector)
    {
        var split1 = Reads(f, index, "split_reads1", line, collector);
        var split2 = Reads(f, index, "split_reads2", line, collector);
        var discordant = Reads(f, index, "discordant_mates", line, collector);
        if (split1 is null || split2 is null || discordant is null)
        {
            return null;
        }

        var gene1 = f[index["gene1"]];
        var gene2 = f[index["gene2"]];
        var bp1 = f[index["breakpoint1"]];
        var bp2 = f[index["breakpoint2"]];
        var fivePrimeIsGene1 = IsFivePrime(f[index["strand1(gene/fusion)"]], f[index["direction1"]]);
        var fivePrimeIsGene2 = IsFivePrime(f[index["strand2(gene/fusion)"]], f[index["direction2"]]);
        var gene1Is5 = fivePrimeIsGene1 == true || (fivePrimeIsGene2 == true ? false : fivePrimeIsGene1 is null && fivePrimeIsGene2 == false);
        var gene2Is5 = fivePrimeIsGene2 == true || (fivePrimeIsGene1 == true ? false : fivePrimeIsGene2 is null && fivePrimeIsGene1 == false);
        var known = gene1Is5 != gene2Is5;
        var swap = known && gene2Is5;
        var frame = f[index["reading_frame"]].Trim() switch { "in-frame" => true, "out-of-frame" => false, _ => (bool?)null };
        var confidence = Optional(f, index, "confidence");
        var support = $"{split1 + split2 + discordant} supporting reads (split reads {split1} + {split2}, discordant mates {discordant})"
            + (confidence is null ? string.Empty : $", confidence {confidence}")
            + (known ? string.Empty : ", orientation (5'/3') not determined by Arriba's strand and direction columns: gene1 kept first");
        var t1 = Optional(f, index, "transcript_id1");
        var t2 = Optional(f, index, "transcript_id2");
        return swap
            ? new FusionRow(gene2, gene1, bp2, bp1, frame, t2, t1, support, line)
            : new FusionRow(gene1, gene2, bp1, bp2, frame, t1, t2, support, line) { OrientationInferred = !known };
    }

    private static bool? IsFivePrime(string strands, string direction)
    {
        var parts = strands.Split('/');
        var fusionStrand = parts.Length == 2 ? parts[1] : ".";
        return (fusionStrand, direction.Trim()) switch
        {
            ("+", "downstream") or ("-", "upstream") => true,
            ("+", "upstream") or ("-", "downstream") => false,
            _ => null,
        };
    }

    /// <summary>STAR-Fusion abridged or full predictions: the left gene is the 5' partner; genes are written SYMBOL^ENSG….</summary>
    private static FusionRow? StarFusion(string[] f, Dictionary<string, int> index, int line, ImportCollector collector)
    {
        var junction = Reads(f, index, "JunctionReadCount", line, collector);
        var spanning = Reads(f, index, "SpanningFragCount", line, collector);
        if (junction is null || spanning is null)
        {
            return null;
        }

        var frame = Optional(f, index, "PROT_FUSION_TYPE") switch { "INFRAME" => true, "FRAMESHIFT" => false, _ => (bool?)null };
        return new FusionRow(f[index["LeftGene"]].Split('^')[0], f[index["RightGene"]].Split('^')[0], f[index["LeftBreakpoint"]], f[index["RightBreakpoint"]],
            frame, Optional(f, index, "CDS_LEFT_ID"), Optional(f, index, "CDS_RIGHT_ID"),
            $"{junction} junction reads, {spanning} spanning fragments", line);
    }

    /// <summary>FusionCatcher final list: gene 1 is the 5' partner (the column names say so).</summary>
    private static FusionRow? FusionCatcher(string[] f, Dictionary<string, int> index, int line, ImportCollector collector)
    {
        var pairs = Reads(f, index, "Spanning_pairs", line, collector);
        var unique = Reads(f, index, "Spanning_unique_reads", line, collector);
        if (pairs is null || unique is null)
        {
            return null;
        }

        var effect = f[index["Predicted_effect"]].Trim();
        var frame = effect switch { "in-frame" => true, "out-of-frame" => false, _ => (bool?)null };
        return new FusionRow(f[index["Gene_1_symbol(5end_fusion_partner)"]], f[index["Gene_2_symbol(3end_fusion_partner)"]],
            f[index["Fusion_point_for_gene_1(5end_fusion_partner)"]], f[index["Fusion_point_for_gene_2(3end_fusion_partner)"]], frame, null, null,
            $"{pairs} spanning pairs, {unique} spanning unique reads, predicted effect {effect}", line);
    }

    /// <summary>A FusionGene (5'--3') / LeftBreakpoint / RightBreakpoint / SplitReads table.</summary>
    private static FusionRow? Table(string[] f, Dictionary<string, int> index, int line, ImportCollector collector)
    {
        var split = Reads(f, index, "SplitReads", line, collector);
        var name = f[index["FusionGene"]].Split("--");
        if (name.Length != 2 || name[0].Length == 0 || name[1].Length == 0)
        {
            collector.Error(ImportErrorCodes.FusionRow, $"FusionGene '{f[index["FusionGene"]]}' is not written 5'GENE--3'GENE", line);
            return null;
        }

        return split is null ? null : new FusionRow(name[0], name[1], f[index["LeftBreakpoint"]], f[index["RightBreakpoint"]], null, null, null, $"{split} split reads", line);
    }
}
