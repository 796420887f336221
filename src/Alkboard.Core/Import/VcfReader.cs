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
        while ((line = lines.Next()) is not null)
        {
            if (line.Length > 0)
            {
                records.Read(line, lines.Number);
            }
        }

        records.Finish();
    }

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
