using System.Globalization;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>The record-by-record part of <see cref="VcfReader"/>: one instance per file.</summary>
internal sealed partial class VcfRecords(VcfHeader header, ImportCollector collector, KnowledgeBase kb, int tumorColumn, bool allGenes)
{
    private readonly GeneNames _names = new(kb);
    private readonly HotspotPositions _hotspots = new(kb);

    private int _unannotated;

    /// <summary>For a record read through an index (line 0): "CHROM:POS", named in its errors instead of a line.</summary>
    private string? _where;

    public void Read(string line, int number)
    {
        var f = line.Split('\t');
        _where = number > 0 ? null : f.Length > 1 ? $"{Short(f[0])}:{Short(f[1])}" : Short(f[0]);
        if (f.Length != header.ColumnCount)
        {
            Error($"{f.Length} columns where the #CHROM line has {header.ColumnCount}", number);
            return;
        }

        var chrom = f[0];
        var reference = f[3];
        var alts = f[4].Split(',');
        if (chrom.Length == 0 || !long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pos) || pos < 0)
        {
            Error(chrom.Length == 0 ? "CHROM is empty" : $"POS '{f[1]}' is not a position (a whole number)", number);
            return;
        }

        if (!VcfReader.Bases().IsMatch(reference))
        {
            Error($"REF '{Short(reference)}' is not a sequence of bases (A, C, G, T, N)", number);
            return;
        }

        if (alts.FirstOrDefault(a => !IsAllele(a)) is { } bad)
        {
            Error($"ALT allele '{Short(bad)}' is not bases, '.', '*', a <symbolic> allele or a breakend", number);
            return;
        }

        collector.Count("records");
        var filter = f[6];
        if (filter is not ("PASS" or "."))
        {
            collector.Count($"records not passing filters (FILTER {filter})");
            return;
        }

        var info = Info(f[7]);
        var sample = tumorColumn < 0 ? null : Sample(f[8], f[tumorColumn]);
        var genotype = sample?.GetValueOrDefault("GT");
        for (var a = 1; a <= alts.Length; a++)
        {
            var alt = alts[a - 1];
            if (alt is "." or "*" or "<*>" or "<NON_REF>")
            {
                collector.Count("alleles that are no variant ('.', '*', <*>)");
                continue;
            }

            // A genotype without the allele excludes it only when the allele depths show no read of it
            // either: some somatic callers (pindel) write 0/0 for a tumor with alternate reads.
            if (genotype is not null && !Carries(genotype, a) && !HasReads(sample!, a))
            {
                collector.Count("alleles the tumor sample does not carry (GT, no reads in AD)");
                continue;
            }

            var site = new VcfSite(chrom, pos, reference, alt, a, alts, info, sample, number);
            if (alt.StartsWith('<') || alt.Contains('[', StringComparison.Ordinal) || alt.Contains(']', StringComparison.Ordinal) || alt.StartsWith('.') || alt.EndsWith('.'))
            {
                Structural(site);
            }
            else
            {
                Small(site);
            }
        }
    }

    public void Finish()
    {
        if (_unannotated > 0 && collector.GenomeBuild == "GRCh37")
        {
            collector.Note($"{_unannotated} allele(s) carry no VEP CSQ or SnpEff ANN annotation: only the ALK kinase-domain hotspots of the knowledge base were looked up (by GRCh37 position); annotate the file (VEP or SnpEff) to read the rest");
        }
    }

    /// <summary>A malformed record: located by its line, or by CHROM:POS when it was read through an index.</summary>
    private void Error(string message, int line) =>
        collector.Error(ImportErrorCodes.VcfRecord, _where is null ? message : $"record {_where} (read through the index, line not counted): {message}", line);

    private static bool IsAllele(string alt) =>
        alt is "." or "*" || VcfReader.Bases().IsMatch(alt) || (alt.StartsWith('<') && alt.EndsWith('>') && alt.Length > 2)
        || alt.Contains('[', StringComparison.Ordinal) || alt.Contains(']', StringComparison.Ordinal)
        || (alt.Length > 1 && (alt.StartsWith('.') || alt.EndsWith('.')) && VcfReader.Bases().IsMatch(alt.Trim('.')));

    private static bool Carries(string genotype, int allele)
    {
        var calls = genotype.Split('/', '|');
        if (calls.Any(c => c == "."))
        {
            return true;
        }

        return calls.Any(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == allele);
    }

    private static bool HasReads(Dictionary<string, string> sample, int allele)
    {
        var depths = sample.GetValueOrDefault("AD")?.Split(',');
        return depths is not null && depths.Length > allele
            && int.TryParse(depths[allele], NumberStyles.None, CultureInfo.InvariantCulture, out var reads) && reads > 0;
    }

    private static Dictionary<string, string> Info(string text)
    {
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text is "." or "")
        {
            return info;
        }

        foreach (var part in text.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            info.TryAdd(eq < 0 ? part : part[..eq], eq < 0 ? string.Empty : part[(eq + 1)..]);
        }

        return info;
    }

    private static Dictionary<string, string> Sample(string format, string values)
    {
        var keys = format.Split(':');
        var parts = values.Split(':');
        var sample = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length && i < parts.Length; i++)
        {
            sample.TryAdd(keys[i], parts[i]);
        }

        return sample;
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}