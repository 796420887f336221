using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// Reads a lab file (VCF, plain or BGZF; MAF; Arriba, STAR-Fusion, FusionCatcher or a four-column
/// fusion table) into molecular results with their provenance. The format is recognised from the
/// first line, never from the file name; a file in another format is named as such. Reading
/// streams line by line, so memory does not grow with the file.
/// </summary>
public static class LabFileImporter
{
    /// <summary>Reads one lab file. Errors are in the result; nothing throws for bad input.</summary>
    public static LabFileImport Import(string path, ImportOptions options, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(kb);
        if (Directory.Exists(path) || !File.Exists(path))
        {
            return Failed(path, ImportErrorCodes.FileNotFound, !Directory.Exists(path) ? "no such file"
                : File.Exists(Path.Combine(path, "meta_study.txt")) ? "is a cBioPortal study folder, not a lab file: import it with alkboard import-study" : "is a directory, not a lab file");
        }

        try
        {
            // Hashed on the thread pool while the file is read: for a region query through an index the
            // hash, which must cover the whole file, is most of the work.
            var sha = Task.Run(() => Sha256Of(path));
            var bgzf = GzipIntegrity.IsBgzf(path);
            if (bgzf && GzipIntegrity.CheckBgzf(path) is { } cut)
            {
                return Failed(path, ImportErrorCodes.Unreadable, cut);
            }

            var collector = new ImportCollector(path, string.Empty);
            using var lines = LabFileLines.Open(path);
            var first = lines.Next();
            if (first is null)
            {
                return Failed(path, ImportErrorCodes.Empty, "the file is empty");
            }

            switch (Recognise(first))
            {
                case LabFileFormat.Vcf:
                    VcfReader.Read(first, lines, collector, options, kb);
                    break;
                case LabFileFormat.Maf:
                    MafReader.Read(first, lines, collector, options, kb);
                    break;
                case LabFileFormat.OncoKbFusions or LabFileFormat.OncoKbStructuralVariants:
                    OncoKbFusionReader.Read(first, lines, collector, options, kb);
                    break;
                case LabFileFormat.OncoKbClinical:
                    OncoKbClinicalReader.Read(first, lines, collector);
                    break;
                case LabFileFormat.GisticCopyNumber or LabFileFormat.CopyNumberTable:
                    CopyNumberReader.Read(first, lines, collector, options, kb);
                    break;
                case { } fusionFormat:
                    FusionTableReader.Read(fusionFormat, first, lines, collector, options, kb);
                    break;
                default:
                    var (code, message) = Unrecognised(first);
                    collector.Error(code, message, 1);
                    break;
            }

            if (lines.IsGzip && !bgzf && !collector.HasErrors)
            {
                lines.SkipToEnd();

                if (GzipIntegrity.CheckGzip(path, lines.DecompressedBytes) is { } damage)
                {
                    return Failed(path, ImportErrorCodes.Unreadable, damage);
                }
            }

            collector.Sha256 = sha.GetAwaiter().GetResult();
            return collector.Build();
        }
        catch (InvalidDataException ex)
        {
            return Failed(path, ImportErrorCodes.Unreadable, "the file starts as gzip but cannot be decompressed: " + ex.Message);
        }
        catch (DecoderFallbackException)
        {
            return Failed(path, ImportErrorCodes.Unreadable, "the file is not UTF-8 text");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, ImportErrorCodes.FileNotFound, "cannot be read: " + ex.Message);
        }
    }

    /// <summary>The format a first line announces, or null.</summary>
    public static LabFileFormat? Recognise(string firstLine)
    {
        ArgumentNullException.ThrowIfNull(firstLine);
        if (firstLine.StartsWith("##fileformat=VCF", StringComparison.Ordinal))
        {
            return LabFileFormat.Vcf;
        }

        var header = firstLine.Split('\t');
        return header[0] switch
        {
            "#version" or "Hugo_Symbol" => LabFileFormat.Maf,
            var v when v.StartsWith("#version ", StringComparison.Ordinal) => LabFileFormat.Maf,
            "#gene1" when header.Length > 1 && header[1] == "gene2" => LabFileFormat.Arriba,
            "#FusionName" => LabFileFormat.StarFusion,
            "Gene_1_symbol(5end_fusion_partner)" => LabFileFormat.FusionCatcher,
            "FusionGene" when header.Contains("LeftBreakpoint") && header.Contains("RightBreakpoint") => LabFileFormat.FusionTable,
            _ => TableFormats.Recognise(header),
        };
    }

    private static (string Code, string Message) Unrecognised(string first)
    {
        var shown = first.Length > 60 ? first[..60] + "…" : first;
        if (first.StartsWith("BCF", StringComparison.Ordinal))
        {
            return (ImportErrorCodes.NotSupportedYet, "this is a BCF file; convert it to VCF (bcftools view) — BCF is not read yet");
        }

        var looksLike = first.TrimStart() switch
        {
            var t when t.StartsWith('{') || t.StartsWith('[') => "JSON (a case file? give it with --case)",
            var t when t.StartsWith("schemaVersion", StringComparison.Ordinal) => "a YAML case file (give it with --case)",
            var t when t.StartsWith("##", StringComparison.Ordinal) => "a VCF-like header without its ##fileformat=VCFv4.x first line",
            _ => null,
        };
        return (ImportErrorCodes.WrongFormat,
            $"not a lab file Alkboard reads{(looksLike is null ? string.Empty : $": it looks like {looksLike}")}; expected a VCF (first line ##fileformat=VCFv4.x), " +
            $"Arriba fusions.tsv (#gene1), STAR-Fusion (#FusionName), FusionCatcher final list (Gene_1_symbol(5end_fusion_partner)), a FusionGene/LeftBreakpoint/RightBreakpoint table, " +
            $"an OncoKB fusion, structural-variant or copy-number table, or a GISTIC matrix (Gene Symbol); line 1 is '{shown}'");
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static LabFileImport Failed(string file, string code, string message) =>
        new(file, null, null, null, null, null, null, [], ImmutableSortedDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal), [],
            [new Diagnostic(code, message, new SourceLocation(file, 0, 0, string.Empty))]);
}