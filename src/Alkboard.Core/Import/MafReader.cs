using System.Globalization;
using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// Reads MAF files (GDC, vcf2maf, cBioPortal extended MAF): one row per mutation and tumor sample.
/// Columns are found by name; rows of every sample are read (one molecular test per sample), or
/// only the sample --sample names. Written here for the same reason as the fusion tables: a
/// tab-separated table without quoting needs no library.
/// </summary>
internal static class MafReader
{
    private static readonly string[] Required = ["Hugo_Symbol", "Chromosome", "Start_Position", "Reference_Allele", "Tumor_Seq_Allele2", "Tumor_Sample_Barcode"];

    public static void Read(string first, LabFileLines lines, ImportCollector collector, ImportOptions options, KnowledgeBase kb)
    {
        collector.Format = LabFileFormat.Maf;
        var header = first;
        while (header is not null && header.StartsWith('#'))
        {
            header = lines.Next();
        }

        if (header is null)
        {
            collector.Error(ImportErrorCodes.MafHeader, "the MAF has no column header line (Hugo_Symbol ...)", 0);
            return;
        }

        var columns = header.Split('\t');
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            index.TryAdd(columns[i].Trim(), i);
        }

        var missing = Required.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            collector.Error(ImportErrorCodes.MafHeader, $"the MAF header lacks the column(s) {string.Join(", ", missing)}", lines.Number);
            return;
        }

        var names = new GeneNames(kb);
        var hotspots = new HotspotPositions(kb);
        var samples = new SortedSet<string>(StringComparer.Ordinal);
        while (lines.Next() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != columns.Length)
            {
                collector.Error(ImportErrorCodes.MafRow, $"{f.Length} fields where the header has {columns.Length}", lines.Number);
                continue;
            }

            string Field(string name) => index.TryGetValue(name, out var i) ? f[i].Trim() : string.Empty;
            if (!long.TryParse(Field("Start_Position"), NumberStyles.None, CultureInfo.InvariantCulture, out var start))
            {
                collector.Error(ImportErrorCodes.MafRow, $"Start_Position '{Field("Start_Position")}' is not a position (a whole number)", lines.Number);
                continue;
            }

            collector.Count("rows");
            var sample = Field("Tumor_Sample_Barcode");
            samples.Add(sample);
            if (options.Sample is not null && sample != options.Sample)
            {
                collector.Count("rows of other samples (not --sample)");
                continue;
            }

            if (Field("FILTER") is { Length: > 0 } filter && filter is not ("PASS" or "."))
            {
                collector.Count($"rows not passing filters (FILTER {filter})");
                continue;
            }

            collector.GenomeBuild ??= Build(Field("NCBI_Build"));
            Row(Field, start, sample, lines.Number, names, hotspots, collector, options.AllGenes);
        }

        if (options.Sample is not null && !samples.Contains(options.Sample) && !collector.HasErrors)
        {
            collector.Error(ImportErrorCodes.UnknownSample, $"--sample names '{options.Sample}', which is no Tumor_Sample_Barcode of this MAF; its samples are: {string.Join(", ", samples.Take(20))}{(samples.Count > 20 ? ", ..." : string.Empty)}", 0);
        }

        collector.Sample = options.Sample ?? (samples.Count == 1 ? samples.Min : null);
        if (samples.Count > 1 && options.Sample is null)
        {
            collector.Note($"{samples.Count} tumor samples: one molecular test per sample");
        }
    }

    private static void Row(Func<string, string> field, long start, string sample, int line, GeneNames names, HotspotPositions hotspots, ImportCollector collector, bool allGenes)
    {
        var gene = names.Symbol(field("Hugo_Symbol"));
        var reference = field("Reference_Allele");
        var alt = field("Tumor_Seq_Allele2");
        var written = $"{field("Chromosome")}:{start} {reference}>{alt}";
        var protein = Hgvs(field("HGVSp_Short"), "p.") ?? Hgvs(field("HGVSp"), "p.");
        var cdna = Hgvs(field("HGVSc"), "c.");
        if (protein is null && cdna is null && collector.GenomeBuild == "GRCh37" && reference.Length == 1 && alt.Length == 1
            && hotspots.AtGrch37(field("Chromosome"), start, reference, alt) is { } hotspot)
        {
            collector.Count("rows without HGVS matched to an ALK hotspot by GRCh37 position");
            collector.Add(new SequenceVariant("ALK", "p." + hotspot.Protein, hotspot.Cdna, Vaf(field),
                $"{written} (GRCh37): ALK {hotspot.Cdna} p.{hotspot.Protein} by position in the knowledge base's hotspot table; the row gives no HGVS"), line, sample);
            return;
        }

        if (gene.Length == 0 || gene == "Unknown" || !GeneNames.IsCaseSymbol(gene))
        {
            collector.Count("rows whose gene is not written as an HGNC symbol (not added)");
            return;
        }

        if (!allGenes && !names.InKnowledgeBase(gene))
        {
            collector.Count("rows in genes outside the knowledge base (not added)");
            return;
        }

        if (protein is null && cdna is null)
        {
            collector.Count("rows without an HGVS c. or p. change (not added; annotate the MAF)");
            return;
        }

        var note = string.Join("; ", new[]
        {
            written + (collector.GenomeBuild is { } build ? $" ({build})" : string.Empty),
            field("Variant_Classification") is { Length: > 0 } c ? c : null,
            field("Transcript_ID") is { Length: > 0 } t ? "transcript " + t : null,
            field("t_depth") is { Length: > 0 } d && d != "." ? "depth " + d : null,
        }.Where(s => s is not null));
        collector.Count("variants added");
        collector.Add(new SequenceVariant(gene, protein, cdna, Vaf(field), note), line, sample);
    }

    private static double? Vaf(Func<string, string> field) =>
        double.TryParse(field("t_alt_count"), NumberStyles.Float, CultureInfo.InvariantCulture, out var alt)
        && double.TryParse(field("t_depth"), NumberStyles.Float, CultureInfo.InvariantCulture, out var depth) && depth > 0 && alt <= depth
            ? Math.Round(alt / depth, 4)
            : null;

    private static string? Build(string text) => text switch
    {
        "" => null,
        "37" => "GRCh37",
        "38" => "GRCh38",
        _ => VcfHeader.BuildOf(text),
    };

    private static string? Hgvs(string text, string prefix)
    {
        var colon = text.LastIndexOf(':');
        var change = colon < 0 ? text : text[(colon + 1)..];
        return change.StartsWith(prefix, StringComparison.Ordinal) && change.Length > prefix.Length ? change : null;
    }
}
