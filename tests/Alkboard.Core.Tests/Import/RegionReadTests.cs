using System.Text;
using Alkboard.Core.Cases;
using Alkboard.Core.Import;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>
/// Reading only the knowledge base's gene regions (knowledge/gene-regions.yaml) of a GRCh38 VCF:
/// by a full scan that skips records outside them, and through a tabix or CSI index. Both must
/// keep exactly what a read of every record keeps (Fixtures/regions/make.sh wrote the files).
/// </summary>
public sealed class RegionReadTests : IDisposable
{
    private const string Tabix = "regions/regions.grch38.vcf.gz";
    private const string Csi = "regions/regions.csi.grch38.vcf.gz";
    private const string Outside = "records outside the knowledge base's gene regions (not read)";

    private readonly string _folder = Directory.CreateTempSubdirectory("alkboard-regions-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static LabFileImport Read(string path, bool useIndex, KnowledgeBase? kb = null, bool allGenes = false) =>
        LabFileImporter.Import(path, new ImportOptions(AllGenes: allGenes, UseIndex: useIndex), kb ?? Kb.Instance);

    /// <summary>What a result says, without where it was read from (an index read counts no lines).</summary>
    private static List<string> Said(LabFileImport import) =>
        [.. import.Results.Select(r => $"{r.Kind} {r.Describe()} | {(r as SequenceVariant)?.Note ?? (r as FusionCall)?.Note}")];

    /// <summary>A copy of a fixture without its index, so that only a full scan can read it.</summary>
    private string WithoutIndex(string fixture)
    {
        var path = Path.Combine(_folder, Path.GetFileName(fixture));
        File.Copy(ImportFixtures.Path(fixture), path);
        return path;
    }

    [Theory]
    [InlineData(Tabix, "tabix")]
    [InlineData(Csi, "CSI")]
    public void An_index_read_keeps_what_a_full_scan_keeps(string fixture, string kind)
    {
        var indexed = Read(ImportFixtures.Path(fixture), useIndex: true);
        var scanned = Read(WithoutIndex(fixture), useIndex: true);

        indexed.Errors.ShouldBeEmpty();
        scanned.Errors.ShouldBeEmpty();
        Said(indexed).ShouldBe(Said(scanned));
        indexed.Results.Length.ShouldBe(25);
        indexed.Counts.Remove(Outside).ShouldBe(scanned.Counts.Remove(Outside));
        indexed.Counts.ContainsKey(Outside).ShouldBeFalse();
        scanned.Counts[Outside].ShouldBeGreaterThan(0);
        indexed.Notes.ShouldContain(n => n.StartsWith($"read through the {kind} index ", StringComparison.Ordinal));
        scanned.Notes.ShouldContain(n => n.StartsWith("only the knowledge base's gene regions were read", StringComparison.Ordinal));

        // Lines are counted by the scan only; the index read names CHROM:POS instead.
        indexed.Results.ShouldAllBe(r => r.Provenance!.Line == 0);
        scanned.Results.ShouldAllBe(r => r.Provenance!.Line > 0);
        indexed.Notes.ShouldContain("ALK variant: p.Ala2Val (chr2:29187770, read through the index)");
        indexed.Results.Select(r => r.Provenance!.Sha256).Distinct().ShouldBe([scanned.Sha256!]);
    }

    [Fact]
    public void The_regions_drop_no_result_that_reading_every_record_keeps()
    {
        var everyRecord = Kb.Instance with { Regions = GeneRegions.None };
        var path = WithoutIndex(Tabix);
        var regions = Read(path, useIndex: false);
        var all = Read(path, useIndex: false, everyRecord);

        regions.Errors.ShouldBeEmpty();
        Said(regions).ShouldBe(Said(all));
        (regions.Counts["records"] + regions.Counts[Outside]).ShouldBe(all.Counts["records"]);
        all.Counts.ContainsKey(Outside).ShouldBeFalse();
        all.Counts["alleles in genes outside the knowledge base (not added)"].ShouldBe(2); // GENEX1 and GENEX2, outside the regions
        regions.Counts.ContainsKey("alleles in genes outside the knowledge base (not added)").ShouldBeFalse();
    }

    [Fact]
    public void A_record_that_starts_before_a_region_and_reaches_into_it_is_read()
    {
        var import = Read(ImportFixtures.Path(Tabix), useIndex: true);

        // A 5-base deletion from 29187770 reaches the ALK region (29192774 less the 5,000-base flank).
        import.Results.OfType<SequenceVariant>().ShouldContain(v => v.Gene == "ALK" && v.HgvsProtein == "p.Ala2Val");

        // A <DEL> from 29100000 whose END=29200000 lies in ALK.
        import.Results.OfType<FusionCall>().ShouldHaveSingleItem().Note.ShouldNotBeNull().ShouldContain("chr2:29100000");
    }

    [Fact]
    public void All_genes_and_a_file_without_a_build_with_regions_are_read_whole()
    {
        var all = Read(ImportFixtures.Path(Tabix), useIndex: true, allGenes: true);
        var grch37 = Read(ImportFixtures.Path("synthetic.unannotated.grch37.vcf.gz"), useIndex: true);

        all.Counts.ContainsKey(Outside).ShouldBeFalse();
        all.Notes.ShouldNotContain(n => n.Contains("index", StringComparison.Ordinal));
        all.Counts["records"].ShouldBe(4582);
        grch37.Errors.ShouldBeEmpty();
        grch37.Counts.ContainsKey(Outside).ShouldBeFalse();
    }

    [Fact]
    public void Import_without_use_index_scans_the_file_even_beside_an_index()
    {
        var import = Read(ImportFixtures.Path(Tabix), useIndex: false);

        import.Counts[Outside].ShouldBeGreaterThan(0);
        import.Results.ShouldAllBe(r => r.Provenance!.Line > 0);
    }

    [Fact]
    public void An_index_of_another_file_is_an_error_naming_the_index()
    {
        var import = Read(ImportFixtures.Path("regions/regions.mismatch.grch38.vcf.gz"), useIndex: true);

        import.Results.ShouldBeEmpty();
        var error = import.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ImportErrorCodes.IndexMismatch);
        error.Message.ShouldContain("regions.mismatch.grch38.vcf.gz.tbi");
        error.Message.ShouldContain("re-index it (tabix -p vcf)");
    }

    [Theory]
    [InlineData("cut short", 600)]
    [InlineData("emptied", 0)]
    public void A_damaged_index_is_an_error_not_a_full_scan(string what, int keep)
    {
        var path = WithoutIndex(Tabix);
        var index = File.ReadAllBytes(ImportFixtures.Path(Tabix + ".tbi"));
        File.WriteAllBytes(path + ".tbi", index[..keep]);

        var import = Read(path, useIndex: true);

        import.Results.ShouldBeEmpty(what);
        import.Errors.ShouldHaveSingleItem().Code.ShouldBe(ImportErrorCodes.IndexMismatch);
    }

    /// <summary>An index altered after it was written (found by corrupting single bytes of the fixtures' indexes: each of these once dropped records silently).</summary>
    [Theory]
    [InlineData("chr2\0", "chrZ\0", "names the sequence 'chrZ', which no ##contig line")]
    [InlineData(null, null, "goes back at window")]
    public void An_altered_index_is_an_error_not_a_partial_read(string? from, string? to, string message)
    {
        var path = WithoutIndex(Tabix);
        byte[] index;
        using (var gzip = new System.IO.Compression.GZipStream(File.OpenRead(ImportFixtures.Path(Tabix + ".tbi")), System.IO.Compression.CompressionMode.Decompress))
        using (var memory = new MemoryStream())
        {
            gzip.CopyTo(memory);
            index = memory.ToArray();
        }

        if (from is not null)
        {
            var at = index.AsSpan().IndexOf(Encoding.ASCII.GetBytes(from));
            Encoding.ASCII.GetBytes(to!).CopyTo(index, at);
        }
        else
        {
            // The first sequence's linear index (after 4 magic, 4 + 28 header, the names, its bins):
            // make its second window's offset smaller than its first.
            var reader = new LinearIndexFinder(index);
            BitConverter.GetBytes(0UL).CopyTo(index, reader.SecondOffset);
            BitConverter.GetBytes(ulong.MaxValue >> 20).CopyTo(index, reader.SecondOffset - 8);
        }

        using (var file = File.Create(path + ".tbi"))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(index);
        }

        var import = Read(path, useIndex: true);

        import.Results.ShouldBeEmpty();
        var error = import.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ImportErrorCodes.IndexMismatch);
        error.Message.ShouldContain(message);
    }

    /// <summary>Where the first sequence's linear index starts in a decompressed .tbi.</summary>
    private sealed class LinearIndexFinder
    {
        public LinearIndexFinder(byte[] tbi)
        {
            var at = 32;
            at += 4 + BitConverter.ToInt32(tbi, at); // name bytes
            var bins = BitConverter.ToInt32(tbi, at);
            at += 4;
            for (var b = 0; b < bins; b++)
            {
                at += 8 + (16 * BitConverter.ToInt32(tbi, at + 4));
            }

            BitConverter.ToInt32(tbi, at).ShouldBeGreaterThan(1);
            SecondOffset = at + 4 + 8;
        }

        public int SecondOffset { get; }
    }

    [Fact]
    public void A_csi_index_without_sequence_names_is_refused_as_not_a_vcf_index()
    {
        var path = WithoutIndex(Tabix);
        using (var file = File.Create(path + ".csi"))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write("CSI\u0001"u8);
            gzip.Write(BitConverter.GetBytes(14));
            gzip.Write(BitConverter.GetBytes(5));
            gzip.Write(BitConverter.GetBytes(0)); // no auxiliary data, as in a BCF's index
            gzip.Write(BitConverter.GetBytes(0));
        }

        var error = Read(path, useIndex: true).Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(ImportErrorCodes.IndexMismatch);
        error.Message.ShouldContain("no tabix header");
    }

    [Fact]
    public void A_malformed_record_read_through_the_index_is_located_by_chrom_and_pos()
    {
        // The mismatching index is not needed here: a record inside a region with a bad REF,
        // read through a matching index built over it, is named by CHROM:POS.
        var records = new VcfRecordsProbe();
        records.Read("chr2\t29200000\t.\tZ\tT\t50\tPASS\t.\tGT:AD\t0/1:3,1", number: 0);

        records.Errors.ShouldHaveSingleItem().ShouldStartWith("record chr2:29200000 (read through the index, line not counted): REF 'Z'");
    }

    /// <summary>A VcfRecords over a one-sample header, collecting its errors.</summary>
    private sealed class VcfRecordsProbe
    {
        private readonly ImportCollector _collector = new("probe.vcf", "0");
        private readonly VcfRecords _records;

        public VcfRecordsProbe()
        {
            var header = new VcfHeader { ColumnCount = 10, Samples = ["TUMOR"] };
            _records = new VcfRecords(header, _collector, Kb.Instance, 9, allGenes: false);
        }

        public List<string> Errors => [.. _collector.Build().Errors.Select(e => e.Message)];

        public void Read(string line, int number) => _records.Read(line, number);
    }
}

/// <summary>The byte-level test of a record against the regions, before the line is split.</summary>
public class VcfRegionFilterTests
{
    private static readonly VcfRegionFilter Filter = new(
        [new GeneRegion("ALK", "2", 1000, 2000), new GeneRegion("EML4", "2", 5000, 6000), new GeneRegion("ROS1", "6", 100, 200)], flank: 10);

    private static bool Keep(string line) => Filter.Keep(Encoding.UTF8.GetBytes(line));

    [Theory]
    [InlineData("2\t990\t.\tA\tT\t.\t.\t.", true)] // the first base of the flank
    [InlineData("chr2\t989\t.\tA\tT\t.\t.\t.", false)] // one base before it, with 'chr'
    [InlineData("CHR2\t2010\t.\tA\tT\t.\t.\t.", true)]
    [InlineData("2\t3000\t.\tA\tT\t.\t.\t.", false)] // between two regions
    [InlineData("2\t4985\t.\tACGTAC\tA\t.\t.\t.", true)] // REF reaches the flank at 4990
    [InlineData("2\t4984\t.\tACGTAC\tA\t.\t.\t.", false)]
    [InlineData("2\t3000\t.\tN\t<DEL>\t.\t.\tSVTYPE=DEL;END=5000", true)] // a symbolic allele's END reaches EML4
    [InlineData("2\t3000\t.\tN\t<DEL>\t.\t.\tSVTYPE=DEL;END=4000", false)]
    [InlineData("2\t3000\t.\tN\tT\t.\t.\tEND=5000", false)] // END is read for symbolic alleles only
    [InlineData("6\t150\t.\tA\tT\t.\t.\t.", true)]
    [InlineData("7\t150\t.\tA\tT\t.\t.\t.", false)] // a chromosome without regions
    [InlineData("2\tabc\t.\tA\tT\t.\t.\t.", true)] // POS unreadable: kept, so that the record parser reports it
    [InlineData("no tabs at all", true)]
    public void A_record_is_kept_when_pos_to_end_overlaps_a_region(string line, bool kept)
    {
        Keep(line).ShouldBe(kept);
    }

    [Fact]
    public void Regions_are_widened_by_the_flank_and_merged()
    {
        var filter = new VcfRegionFilter([new GeneRegion("CCND1", "11", 100, 200), new GeneRegion("FGF19", "11", 215, 300), new GeneRegion("KRAS", "12", 5, 9)], flank: 10);

        filter.Merged.ShouldBe([("11", 90L, 310L), ("12", 1L, 19L)]);
        filter.Genes.ShouldBe(3);
    }
}

/// <summary>Lines are cut from the bytes as StreamReader.ReadLine cuts them.</summary>
public sealed class LabFileLinesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alkboard-lines-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Lf_cr_lf_and_a_lone_cr_end_lines_and_a_bom_is_dropped()
    {
        var path = Path.Combine(_folder, "lines.txt");
        File.WriteAllBytes(path, [.. "\uFEFF"u8, .. "a\r\nb\rc\n\nd"u8]);
        using var lines = LabFileLines.Open(path);

        var read = new List<string>();
        while (lines.Next() is { } line)
        {
            read.Add($"{lines.Number}:{line}");
        }

        read.ShouldBe(["1:a", "2:b", "3:c", "4:", "5:d"]);
    }

    [Fact]
    public void A_bgzf_file_reads_line_for_line_as_its_plain_text()
    {
        var import = LabFileImporter.Import(ImportFixtures.Path("regions/regions.grch38.vcf.gz"), new ImportOptions(AllGenes: true), Kb.Instance);
        var plain = Path.Combine(_folder, "plain.vcf");
        using (var gzip = new System.IO.Compression.GZipStream(File.OpenRead(ImportFixtures.Path("regions/regions.grch38.vcf.gz")), System.IO.Compression.CompressionMode.Decompress))
        using (var output = File.Create(plain))
        {
            gzip.CopyTo(output);
        }

        var fromPlain = LabFileImporter.Import(plain, new ImportOptions(AllGenes: true), Kb.Instance);

        import.Errors.ShouldBeEmpty();
        import.Counts.ShouldBe(fromPlain.Counts);
        import.Results.Select(r => r.Provenance!.Line).ShouldBe(fromPlain.Results.Select(r => r.Provenance!.Line));
    }
}
