using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// Reads cBioPortal discrete copy number: the long format (<c>DISCRETE_LONG</c>, one row per gene
/// and sample: Hugo_Symbol, Entrez_Gene_Id, Sample_Id, Value) and the classic gene × sample matrix
/// (<c>DISCRETE</c>). Values are GISTIC-style levels as cBioPortal documents them: -2 deep loss
/// (possibly a homozygous deletion) → <see cref="CopyNumberCall.Deletion"/>, -1 single-copy loss →
/// <see cref="CopyNumberCall.Loss"/>, 0 diploid (nothing to add), 1 low-level gain →
/// <see cref="CopyNumberCall.Gain"/>, 2 high-level amplification → <see cref="CopyNumberCall.Amplification"/>.
/// cBioPortal also allows -1.5, whose meaning its format page does not give: such values are
/// counted and not imported; NA (not profiled) is counted too. No copy number is invented: the
/// calls carry no copy count.
/// </summary>
internal static class CopyNumberReader
{
    private static readonly string[] GeneColumns = ["Hugo_Symbol", "Entrez_Gene_Id", "Cytoband"];

    public static StudyFileImport Read(string path, string? meta, string datatype, KnowledgeBase kb, bool allGenes, string? studyBuild, string? profile, IReadOnlyList<string>? namespaces = null, int namespacesLine = 0)
    {
        var collector = new StudyFileCollector(path, StudyTsv.Sha256Of(path), meta, datatype) { GenomeBuild = studyBuild };
        using var lines = LabFileLines.Open(path);
        var header = StudyTsv.HeaderLine(lines);

        if (header is null)
        {
            collector.Error(ImportErrorCodes.Empty, "the copy-number file has no column header line (Hugo_Symbol ...)", lines.Number);
            return collector.Build();
        }

        var columns = StudyTsv.Split(header).Select(c => c.Trim()).ToArray();
        var index = StudyTsv.Index(columns);
        var names = new GeneNames(kb);
        var reading = new Reading(collector, names, allGenes, profile);
        var isLong = index.ContainsKey("Sample_Id") && index.ContainsKey("Value");
        if (datatype == "DISCRETE_LONG" && !isLong)
        {
            collector.Error(ImportErrorCodes.WrongFormat, "the meta file declares DISCRETE_LONG (one row per gene and sample), but the header has no Sample_Id and Value columns: it looks like a gene × sample matrix (datatype DISCRETE)", lines.Number);
            return collector.Build();
        }

        if (datatype == "DISCRETE" && isLong)
        {
            collector.Error(ImportErrorCodes.WrongFormat, "the meta file declares DISCRETE (a gene × sample matrix), but the header has Sample_Id and Value columns: it looks like the long format (datatype DISCRETE_LONG)", lines.Number);
            return collector.Build();
        }

        if (!index.ContainsKey("Hugo_Symbol") && !index.ContainsKey("Entrez_Gene_Id"))
        {
            collector.Error(ImportErrorCodes.CopyNumberFile, "the header has neither Hugo_Symbol nor Entrez_Gene_Id", lines.Number);
            return collector.Build();
        }

        foreach (var ns in namespaces ?? [])
        {
            if (!columns.Any(c => c.StartsWith(ns + ".", StringComparison.OrdinalIgnoreCase)))
            {
                collector.Error(ImportErrorCodes.StudyMeta, $"the meta file declares the namespace '{ns}' (line {namespacesLine}), but no column of this file is named {ns}.<name>", lines.Number);
            }
        }

        if (isLong)
        {
            ReadLong(lines, columns, index, reading);
        }
        else
        {
            ReadWide(lines, columns, reading);
        }

        return collector.Build();
    }

    private static void ReadLong(LabFileLines lines, string[] columns, Dictionary<string, int> index, Reading reading)
    {
        var seen = new Dictionary<(string, string), int>();
        foreach (var f in StudyTsv.Rows(lines, reading.Collector, columns.Length, ImportErrorCodes.CopyNumberFile))
        {
            reading.Collector.Count("copy-number rows");
            var sample = f[index["Sample_Id"]].Trim();
            if (sample.Length == 0)
            {
                reading.Collector.Error(ImportErrorCodes.CopyNumberFile, "Sample_Id is empty", lines.Number, index["Sample_Id"] + 1);
                continue;
            }

            var hugo = index.TryGetValue("Hugo_Symbol", out var h) ? f[h].Trim() : string.Empty;
            var entrez = index.TryGetValue("Entrez_Gene_Id", out var e) ? f[e].Trim() : string.Empty;
            var gene = hugo.Length > 0 ? hugo : entrez;
            if (gene.Length > 0 && seen.TryGetValue((gene, sample), out var first))
            {
                reading.Collector.Error(ImportErrorCodes.CopyNumberFile, $"{gene} is given twice for sample {sample} (first on line {first})", lines.Number);
                continue;
            }

            seen[(gene, sample)] = lines.Number;
            reading.Collector.Saw(sample, lines.Number, index["Sample_Id"] + 1);
            var driver = index.TryGetValue("cbp_driver", out var d) && f[d].Trim() is { Length: > 0 } dv && dv != "NA" ? dv : null;
            reading.Value(hugo, entrez, sample, f[index["Value"]].Trim(), lines.Number, index["Value"] + 1, driver, wide: false);
        }
    }

    private static void ReadWide(LabFileLines lines, string[] columns, Reading reading)
    {
        var geneColumns = columns.TakeWhile(c => GeneColumns.Contains(c, StringComparer.Ordinal)).Count();
        var samples = columns[geneColumns..];
        var hugoAt = Array.IndexOf(columns[..geneColumns], "Hugo_Symbol");
        var entrezAt = Array.IndexOf(columns[..geneColumns], "Entrez_Gene_Id");
        foreach (var repeated in samples.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            reading.Collector.Error(ImportErrorCodes.CopyNumberFile, $"sample column {repeated.Key} is given {repeated.Count()} times", lines.Number, Array.IndexOf(columns, repeated.Key) + 1);
        }

        for (var i = 0; i < samples.Length; i++)
        {
            reading.Collector.Saw(samples[i], lines.Number, geneColumns + i + 1);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in StudyTsv.Rows(lines, reading.Collector, columns.Length, ImportErrorCodes.CopyNumberFile))
        {
            var hugo = hugoAt >= 0 ? f[hugoAt].Trim() : string.Empty;
            var entrez = entrezAt >= 0 ? f[entrezAt].Trim() : string.Empty;
            var gene = hugo.Length > 0 ? hugo : entrez;
            if (gene.Length > 0 && seen.TryGetValue(gene, out var first))
            {
                reading.Collector.Error(ImportErrorCodes.CopyNumberFile, $"{gene} is given twice (first on line {first}); which row holds its values cannot be told", lines.Number);
                continue;
            }

            seen[gene] = lines.Number;
            for (var i = 0; i < samples.Length; i++)
            {
                reading.Collector.Count("copy-number values (gene × sample)");
                reading.Value(hugo, entrez, samples[i], f[geneColumns + i].Trim(), lines.Number, geneColumns + i + 1, null, wide: true);
            }
        }
    }

    private sealed class Reading(StudyFileCollector collector, GeneNames names, bool allGenes, string? profile)
    {
        public StudyFileCollector Collector { get; } = collector;

        public void Value(string hugo, string entrez, string sample, string value, int line, int column, string? driver, bool wide)
        {
            (CopyNumberCall Call, string Meaning)? call = value switch
            {
                "-2" => (CopyNumberCall.Deletion, "-2, deep loss (possibly a homozygous deletion)"),
                "-1" => (CopyNumberCall.Loss, "-1, single-copy loss (heterozygous deletion)"),
                "1" => (CopyNumberCall.Gain, "1, low-level gain"),
                "2" => (CopyNumberCall.Amplification, "2, high-level amplification"),
                _ => null,
            };
            switch (value)
            {
                case "0":
                    Collector.Count("value 0 (diploid; not added)");
                    return;
                case "NA":
                    Collector.Count("value NA (not profiled; not added)");
                    return;
                case "-1.5":
                    Collector.Count("value -1.5 (meaning not documented by cBioPortal's format; not added)");
                    return;
                case not ("-2" or "-1" or "1" or "2"):
                    Collector.Error(ImportErrorCodes.CopyNumberFile, $"'{value}' is not a discrete copy-number value (-2, -1.5, -1, 0, 1, 2 or NA)", line, column);
                    return;
                default:
                    break;
            }

            Collector.Count($"value {call!.Value.Meaning}");
            var gene = hugo.Length > 0 && hugo != "NA" ? names.Symbol(hugo) : null;
            if (gene is null)
            {
                Collector.Count(entrez.Length > 0 ? "values whose gene is given only as an Entrez id (not added)" : "values without a gene (not added)");
                return;
            }

            if (!GeneNames.IsCaseSymbol(gene))
            {
                Collector.Count("values whose gene is not written as an HGNC symbol (not added)");
                return;
            }

            if (!allGenes && !names.InKnowledgeBase(gene))
            {
                Collector.Count("values in genes outside the knowledge base (not added)");
                return;
            }

            var note = $"cBioPortal discrete copy number {call.Value.Meaning}" + (profile is null ? string.Empty : $" ({profile})") +
                (wide ? $"; matrix column {column}" : string.Empty) + (driver is null ? string.Empty : $"; cbp_driver {driver}");
            Collector.Count("copy-number changes added");
            Collector.Add(new CopyNumberChange(GeneSymbol.Of(gene), call.Value.Call, null, null, note), line, sample);
        }
    }
}
