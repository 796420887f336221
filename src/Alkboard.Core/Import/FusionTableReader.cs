using System.Globalization;
using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// Reads the fusion callers' tables. Columns are found by their header names, never by position.
/// A fusion is kept for the case when one partner is a knowledge-base gene; the others are counted.
/// Written here rather than with a CSV library: these are plain tab-separated tables without
/// quoting, and a library would add nothing but a dependency.
/// </summary>
internal static partial class FusionTableReader
{
    public static void Read(LabFileFormat format, string header, LabFileLines lines, ImportCollector collector, ImportOptions options, KnowledgeBase kb)
    {
        collector.Format = format;
        collector.Sample = options.Sample;
        collector.Caller = format switch
        {
            LabFileFormat.Arriba => "Arriba",
            LabFileFormat.StarFusion => "STAR-Fusion",
            LabFileFormat.FusionCatcher => "FusionCatcher",
            _ => null,
        };
        var columns = header.TrimStart('#').Split('\t');
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            index.TryAdd(columns[i].Trim(), i);
        }

        var missing = Required(format).Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            collector.Error(ImportErrorCodes.FusionHeader, $"the {collector.Caller ?? "fusion table"} header lacks the column(s) {string.Join(", ", missing)}", 1);
            return;
        }

        var names = new GeneNames(kb);
        while (lines.Next() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != columns.Length)
            {
                collector.Error(ImportErrorCodes.FusionRow, $"{fields.Length} fields where the header has {columns.Length}", lines.Number);
                continue;
            }

            var row = format switch
            {
                LabFileFormat.Arriba => Arriba(fields, index, lines.Number, collector),
                LabFileFormat.StarFusion => StarFusion(fields, index, lines.Number, collector),
                LabFileFormat.FusionCatcher => FusionCatcher(fields, index, lines.Number, collector),
                _ => Table(fields, index, lines.Number, collector),
            };
            collector.Count("fusion rows");
            if (row is not null)
            {
                Keep(row, names, collector, options.AllGenes);
            }
        }
    }

    private static IEnumerable<string> Required(LabFileFormat format) => format switch
    {
        LabFileFormat.Arriba => ["gene1", "gene2", "strand1(gene/fusion)", "strand2(gene/fusion)", "breakpoint1", "breakpoint2", "split_reads1", "split_reads2", "discordant_mates", "reading_frame", "direction1", "direction2"],
        LabFileFormat.StarFusion => ["FusionName", "JunctionReadCount", "SpanningFragCount", "LeftGene", "LeftBreakpoint", "RightGene", "RightBreakpoint"],
        LabFileFormat.FusionCatcher => ["Gene_1_symbol(5end_fusion_partner)", "Gene_2_symbol(3end_fusion_partner)", "Spanning_pairs", "Spanning_unique_reads",
            "Fusion_point_for_gene_1(5end_fusion_partner)", "Fusion_point_for_gene_2(3end_fusion_partner)", "Predicted_effect"],
        _ => ["FusionGene", "LeftBreakpoint", "RightBreakpoint", "SplitReads"],
    };

    private static void Keep(FusionRow row, GeneNames names, ImportCollector collector, bool allGenes)
    {
        var five = names.Symbol(row.FivePrime);
        var three = names.Symbol(row.ThreePrime);
        if (!allGenes && !names.InKnowledgeBase(five) && !names.InKnowledgeBase(three))
        {
            collector.Count("fusions without a knowledge-base gene (not added)");
            return;
        }

        var notes = new List<string> { $"{collector.Caller ?? "fusion table"}: {row.Support}" };
        if (five != row.FivePrime.Trim() || three != row.ThreePrime.Trim())
        {
            notes.Add($"called as {row.FivePrime}::{row.ThreePrime}");
        }

        string? fivePrime = five;
        if (!GeneNames.IsCaseSymbol(five))
        {
            notes.Add($"5' partner as called: '{row.FivePrime}' (not an HGNC symbol)");
            fivePrime = null;
        }

        if (!GeneNames.IsCaseSymbol(three))
        {
            collector.Count("fusions whose 3' partner is not an HGNC symbol (not added)");
            collector.Note($"line {row.Line}: 3' partner '{row.ThreePrime}' is not an HGNC symbol; the fusion with {five} is not added");
            return;
        }

        if (five == "ALK" && three != "ALK")
        {
            notes.Add("ALK is the 5' partner in this call");
        }

        collector.Count("fusions added");
        if (three == "ALK")
        {
            var frame = row.InFrame switch { true => "in frame as the caller reports", false => "out of frame as the caller reports", _ => "reading frame not reported" };
            collector.Note($"ALK fusion (ALK 3'): {fivePrime ?? "partner not an HGNC symbol"}::ALK, {frame} (line {row.Line})");
        }

        var call = new FusionCall(fivePrime is null ? null : GeneSymbol.Of(fivePrime), GeneSymbol.Of(three), null, null, row.FivePrimeTranscript, row.ThreePrimeTranscript,
            $"{row.FivePrimeBreakpoint} / {row.ThreePrimeBreakpoint} (5' / 3')", row.InFrame, string.Join("; ", notes))
        {
            OrientationInferred = row.OrientationInferred,
        };
        collector.Add(call, row.Line);
    }

    private static int? Reads(string[] fields, Dictionary<string, int> index, string column, int line, ImportCollector collector)
    {
        var text = fields[index[column]].Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        collector.Error(ImportErrorCodes.FusionRow, $"{column} is '{text}', not a whole number of reads", line);
        return null;
    }

    private static string? Optional(string[] fields, Dictionary<string, int> index, string column) =>
        index.TryGetValue(column, out var i) && fields[i].Trim() is { Length: > 0 } v && v != "." ? v : null;
}
