using System.Globalization;
using Alkboard.Core.Cases;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// Reads MAF files (GDC, vcf2maf, cBioPortal extended MAF): one row per mutation and tumor sample.
/// Columns are found by name; rows of every sample are read (one molecular test per sample), or
/// only the sample --sample names. A MAF with the OncoKB annotator's columns keeps each kept row's
/// annotation beside its result (<see cref="OncoKbColumns"/>). Written here for the same reason as the fusion tables: a
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

        var oncoKb = OncoKbColumns.Find(columns, lines.Number, collector, kb);
        if (collector.HasErrors)
        {
            return;
        }

        oncoKb?.NoteIn(collector);
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
            if (oncoKb is not null && !oncoKb.Validate(f, lines.Number, collector))
            {
                continue;
            }

            long? start = null;
            if (long.TryParse(Field("Start_Position"), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                start = position;
            }
            else if (Field("Start_Position").Length > 0 || Protein(Field) is null)
            {
                collector.Error(ImportErrorCodes.MafRow, Field("Start_Position").Length > 0
                    ? $"Start_Position '{Field("Start_Position")}' is not a position (a whole number)"
                    : "Start_Position is empty and the row gives no protein change (HGVSp_Short or HGVSp) to read instead", lines.Number);
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
            if (Row(Field, start, sample, lines.Number, names, hotspots, collector, options.AllGenes) is { } kept && oncoKb is not null)
            {
                collector.Annotate(oncoKb.Read(f, kept));
                collector.Count("results with OncoKB annotation columns");
            }
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

    /// <summary>Reads one row; returns the result kept, or null when the row is counted and not added.</summary>
    private static MolecularResult? Row(Func<string, string> field, long? start, string sample, int line, GeneNames names, HotspotPositions hotspots, ImportCollector collector, bool allGenes)
    {
        var gene = names.Symbol(field("Hugo_Symbol"));
        var reference = field("Reference_Allele");
        var alt = field("Tumor_Seq_Allele2");
        var written = start is null ? "no genomic position in the row" : $"{field("Chromosome")}:{start} {reference}>{alt}";
        var protein = Protein(field);
        var cdna = Hgvs(field("HGVSc"), "c.");
        if (protein is null && cdna is null && start is { } at && collector.GenomeBuild == "GRCh37" && reference.Length == 1 && alt.Length == 1
            && hotspots.AtGrch37(field("Chromosome"), at, reference, alt) is { } hotspot)
        {
            collector.Count("rows without HGVS matched to an ALK hotspot by GRCh37 position");
            return collector.Add(new SequenceVariant(GeneSymbol.Alk, "p." + hotspot.Protein, hotspot.Cdna, Vaf(field),
                $"{written} (GRCh37): ALK {hotspot.Cdna} p.{hotspot.Protein} by position in the knowledge base's hotspot table; the row gives no HGVS"), line, sample);
        }

        if (gene.Length == 0 || gene == "Unknown" || !GeneNames.IsCaseSymbol(gene))
        {
            collector.Count("rows whose gene is not written as an HGNC symbol (not added)");
            return null;
        }

        if (!allGenes && !names.InKnowledgeBase(gene))
        {
            collector.Count("rows in genes outside the knowledge base (not added)");
            return null;
        }

        if (protein is null && cdna is null)
        {
            collector.Count("rows without an HGVS c. or p. change (not added; annotate the MAF)");
            return null;
        }

        if (Disagreement(field) is { } disagreement)
        {
            collector.Note($"line {line}: {disagreement}");
        }

        var note = string.Join("; ", new[]
        {
            written + (collector.GenomeBuild is { } build ? $" ({build})" : string.Empty),
            field("Variant_Classification") is { Length: > 0 } c ? c : null,
            Disagreement(field),
            field("Transcript_ID") is { Length: > 0 } t ? "transcript " + t : null,
            field("t_depth") is { Length: > 0 } d && d != "." ? "depth " + d : null,
        }.Where(s => s is not null));
        collector.Count("variants added");
        return collector.Add(new SequenceVariant(GeneSymbol.Of(gene), protein, cdna, Vaf(field), note), line, sample);
    }

    /// <summary>
    /// The row's protein change: HGVSp_Short, else HGVSp, each with or without its "p." (the OncoKB
    /// annotator's example writes "T790M" and "Tyr466Ser"); a change without "p." is taken only when it
    /// reads as a protein change.
    /// </summary>
    private static string? Protein(Func<string, string> field) => ProteinOf(field("HGVSp_Short")) ?? ProteinOf(field("HGVSp"));

    private static string? ProteinOf(string text) =>
        Hgvs(text, "p.") ?? (text.Length > 0 && ProteinChange.TryParse(text) is not null ? "p." + text : null);

    /// <summary>"HGVSp_Short p.Q212K and HGVSp Gln121Lys name different changes; HGVSp_Short is read" when both parse and differ.</summary>
    private static string? Disagreement(Func<string, string> field)
    {
        var (shortForm, longForm) = (field("HGVSp_Short"), field("HGVSp"));
        return ProteinOf(shortForm) is { } s && ProteinOf(longForm) is { } l && ProteinChange.TryParse(s) is { } a && ProteinChange.TryParse(l) is { } b && a != b
            ? $"HGVSp_Short {shortForm} and HGVSp {longForm} name different changes; HGVSp_Short is read"
            : null;
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
