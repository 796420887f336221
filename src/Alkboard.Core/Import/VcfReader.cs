using System.Text.RegularExpressions;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// A streaming VCF 4.1–4.3 reader for what a tumor board needs: the tumor sample's alleles, their
/// annotation (VEP CSQ or SnpEff ANN), allele fraction and depth. Written here rather than taken
/// from a library: no VCF package on this project's mirror reads BGZF, CSQ and ANN together, and
/// the subset needed (tab-separated columns, INFO and FORMAT key/values) is small and fully tested.
/// One malformed record rejects the file; records a filter excludes are counted, not errors.
/// </summary>
internal static partial class VcfReader
{
    private static readonly string[] FixedColumns = ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"];

    public static void Read(string first, LabFileLines lines, ImportCollector collector, ImportOptions options, KnowledgeBase kb)
    {
        collector.Format = LabFileFormat.Vcf;
        var header = new VcfHeader();
        string? line;
        while ((line = lines.Next()) is not null && line.StartsWith("##", StringComparison.Ordinal))
        {
            header.Meta(line);
        }

        if (line is null || !line.StartsWith("#CHROM", StringComparison.Ordinal))
        {
            collector.Error(ImportErrorCodes.VcfHeader, line is null ? "the header ends without its #CHROM column line" : "expected the #CHROM column line after the ## header lines", line is null ? 0 : lines.Number);
            return;
        }

        var columns = line.Split('\t');
        if (columns.Length < 8 || !columns.Take(8).SequenceEqual(FixedColumns) || columns.Length == 9 || (columns.Length > 9 && columns[8] != "FORMAT"))
        {
            collector.Error(ImportErrorCodes.VcfHeader, "the column line must be #CHROM POS ID REF ALT QUAL FILTER INFO, then FORMAT and at least one sample when there are samples (tab-separated)", lines.Number);
            return;
        }

        header.ColumnCount = columns.Length;
        header.Samples = [.. columns.Skip(9)];
        collector.Caller = header.Source;
        collector.CallerVersion = header.SourceVersion;
        collector.GenomeBuild = header.Build;
        if (header.Builds.Count > 1)
        {
            collector.Note($"the header names several genome builds ({string.Join(", ", header.Builds.Order(StringComparer.Ordinal))}): the build is left unknown");
        }

        if (header.Annotator is not null)
        {
            collector.Note("annotated by " + header.Annotator);
        }

        var tumor = ChooseSample(header, options, collector, lines.Number);
        if (collector.HasErrors)
        {
            return;
        }

        collector.Sample = tumor < 0 ? null : header.Samples[tumor];
        var records = new VcfRecords(header, collector, kb, tumor < 0 ? -1 : 9 + tumor, options.AllGenes);
        var regions = options.AllGenes ? [] : kb.Regions.On(header.Build);
        if (regions.IsEmpty)
        {
            // No build, several builds, a build without regions, or --all-genes: every record is read, as before regions existed.
            ReadAll(lines, records, null, collector);
        }
        else
        {
            var filter = new VcfRegionFilter(regions, kb.Regions.Flank);
            var index = options.UseIndex && lines.IsBgzf ? TabixIndex.Beside(collector.File) : null;
            if (index is null)
            {
                ReadAll(lines, records, filter, collector);
                collector.Note($"only the knowledge base's gene regions were read: {Describe(filter, header.Build!)}; the other records were skipped after reading CHROM and POS (--all-genes reads every record)");
            }
            else
            {
                ReadIndexed(index, filter, records, collector, header);
            }
        }

        records.Finish();
    }

    private static void ReadAll(LabFileLines lines, VcfRecords records, VcfRegionFilter? filter, ImportCollector collector)
    {
        var skipped = 0;
        while (lines.NextRaw(out var raw))
        {
            if (raw.IsEmpty)
            {
                continue;
            }

            if (filter is not null && !filter.Keep(raw))
            {
                skipped++;
                continue;
            }

            records.Read(LabFileLines.Decode(raw), lines.Number);
        }

        if (skipped > 0)
        {
            collector.Count("records outside the knowledge base's gene regions (not read)", skipped);
        }
    }

    /// <summary>
    /// Reads only the index chunks that overlap the regions, still testing each record against
    /// them, so that the records kept are those a full scan keeps. A record on a sequence the index
    /// was not asked for, or a chunk that does not start at a record, means the index does not match
    /// the file: an error, never a silent partial read. Lines are not counted (the records are
    /// reached without reading the lines before them), so errors name the record's CHROM:POS.
    /// </summary>
    private static void ReadIndexed(string indexPath, VcfRegionFilter filter, VcfRecords records, ImportCollector collector, VcfHeader header)
    {
        var indexName = Path.GetFileName(indexPath);
        // An index older than the file is not refused: git checkouts and copies do not keep file
        // times. A stale or foreign index is caught by the checks on every chunk and record below.
        if (File.GetLastWriteTimeUtc(indexPath) < File.GetLastWriteTimeUtc(collector.File))
        {
            collector.Note($"the index {indexName} is older than the file (by its file time); each record it led to was checked against the file");
        }

        try
        {
            var index = TabixIndex.Load(indexPath);
            if (header.Contigs.Count > 0 && index.Names.FirstOrDefault(n => !header.Contigs.Contains(n)) is { } stranger)
            {
                collector.Error(ImportErrorCodes.IndexMismatch, $"the index {indexName} names the sequence '{Short(stranger)}', which no ##contig line of the file names: the index does not match the file; re-index it (tabix -p vcf)", 0);
                return;
            }

            var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < index.Names.Length; i++)
            {
                sequences.TryAdd(VcfRegionFilter.Contig(index.Names[i]), i);
            }

            var queried = filter.Merged.Where(r => sequences.ContainsKey(r.Chrom)).Select(r => (Sequence: sequences[r.Chrom], r.Start, r.End)).ToList();
            var names = queried.Select(q => index.Names[q.Sequence]).ToHashSet(StringComparer.Ordinal);
            var chunks = index.Chunks(queried);
            using var lines = LabFileLines.OpenChunks(collector.File, chunks);
            while (lines.NextRaw(out var raw))
            {
                if (raw.IsEmpty)
                {
                    continue;
                }

                var tab = raw.IndexOf((byte)'\t');
                var chrom = LabFileLines.Decode(tab < 0 ? raw : raw[..tab]);
                if (!names.Contains(chrom))
                {
                    collector.Error(ImportErrorCodes.IndexMismatch, $"the index {indexName} led to a record on '{Short(chrom)}', a sequence it was not asked for: the index does not match the file; re-index it (tabix -p vcf)", 0);
                    return;
                }

                if (filter.Keep(raw))
                {
                    records.Read(LabFileLines.Decode(raw), 0);
                }
            }

            collector.Note($"read through the {index.Kind} index {indexName}: {chunks.Count} chunk(s) for {Describe(filter, header.Build!)}; records outside them were not read (--all-genes reads every record)");
        }
        catch (InvalidDataException ex)
        {
            collector.Error(ImportErrorCodes.IndexMismatch, $"the index {indexName} is damaged or does not match the file: {ex.Message}; re-index it (tabix -p vcf) or remove it to read the whole file", 0);
        }
    }

    private static string Describe(VcfRegionFilter filter, string build) =>
        $"{filter.Merged.Length} region(s) of the knowledge base's {filter.Genes} genes on {build}, each widened by {filter.Flank:N0} bases (knowledge/gene-regions.yaml)";

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>The tumor sample's index among the sample columns; -1 for a file without samples.</summary>
    private static int ChooseSample(VcfHeader header, ImportOptions options, ImportCollector collector, int line)
    {
        var samples = header.Samples;
        var wanted = options.Sample ?? header.TumorSample;
        if (wanted is not null)
        {
            var index = samples.IndexOf(wanted);
            if (index < 0)
            {
                var from = options.Sample is not null ? "--sample" : "##tumor_sample=";
                collector.Error(ImportErrorCodes.UnknownSample,
                    $"{from} names '{wanted}', which is not a sample of this file; its samples are: {(samples.IsEmpty ? "(none)" : string.Join(", ", samples))}", line);
            }

            return index;
        }

        if (samples.Length > 1)
        {
            collector.Error(ImportErrorCodes.SampleNotChosen,
                $"the file has {samples.Length} samples ({string.Join(", ", samples)}) and no ##tumor_sample= header: choose the tumor with --sample NAME", line);
        }

        return samples.IsEmpty ? -1 : 0;
    }

    [GeneratedRegex("^[ACGTNacgtn]+$")]
    internal static partial Regex Bases();
}
