using Alkboard.Core.Cases;
using Alkboard.Core.Import;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>
/// The importers on real third-party files (outside the repository, never copied into it): the counts and key records their README states. They run under scripts/conformance,
/// which points ALKBOARD_FORMAT_INPUTS at that folder; scripts/test leaves them out.
/// </summary>
[Trait("Category", "Conformance")]
public class ImportConformanceTests
{
    private static string Folder => Environment.GetEnvironmentVariable("ALKBOARD_FORMAT_INPUTS")
        ?? throw new InvalidOperationException("ALKBOARD_FORMAT_INPUTS is not set: run scripts/conformance");

    private static LabFileImport Import(string file, string? sample = null, bool allGenes = false)
    {
        var import = LabFileImporter.Import(Path.Combine(Folder, file), new ImportOptions(sample, allGenes), Kb.Instance);
        return import;
    }

    private static int Count(LabFileImport import, string what) => import.Counts.GetValueOrDefault(what);

    /// <summary>Records per file and sample, with the FILTER counts the README gives.</summary>
    public static TheoryData<string, string?, int, string[]> Records => new()
    {
        { "vcf/pcgr_T001-COAD.grch38.vcf.gz", null, 3313, [] },
        { "vcf/vcf2maf/test.vcf", "TUMOR", 20, [] },
        { "vcf/vcf2maf/test_b38.vcf", "TUMOR", 25, [] },
        { "vcf/vcf2maf/test_b37.vcf", "TUMOR", 25, [] },
        { "vcf/vcf2maf/test_strelka.vcf", "TUMOR", 240, [] },
        { "vcf/vcf2maf/test_mutect.vcf", "TUMOR", 500, ["REJECT=495"] },
        { "vcf/vcf2maf/test_muse.vcf", "TUMOR", 434, ["Tier1=133", "Tier2=61", "Tier3=51", "Tier4=62", "Tier5=29"] },
        { "vcf/vcf2maf/test_radia.vcf", "DNA_TUMOR", 87, [] },
        { "vcf/vcf2maf/test_delly.vcf", "TUMOR", 15, ["LowQual=5"] },
        { "vcf/vcf2maf/test_merged.vcf", "TUMOR", 573, [] },
        { "vcf/vcf2maf/test_pindel.vep.vcf", "TUMOR", 31, [] },
        { "vcf/htslib_edge_cases/formatmissing.vcf", "S1", 1, [] },
        { "vcf/htslib_edge_cases/formatcols.vcf", "S²", 1, [] },
        { "vcf/htslib_edge_cases/vcf_meta_meta.vcf", null, 1, [] },
        { "vcf/htslib_edge_cases/bcf-sr_weird-chr-names.vcf", null, 6, [] },
        { "vcf/htslib_edge_cases/tabix_large_chr.vcf", null, 12, [] },
        { "vcf/htslib_edge_cases/longrefs_index.vcf", null, 192, [] },
        { "vcf/htslib_edge_cases/test-vcf-hdr-in.vcf", null, 10, [] },
        { "vcf/htslib_edge_cases/tabix_vcf_file.vcf", "A", 15, ["q10=" , "test="] },
        { "vcf/htslib_edge_cases/modhdr.vcf.gz", null, 0, [] },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_record_is_read_and_filtered_records_are_counted(string file, string? sample, int records, string[] filtered)
    {
        var import = Import(file, sample);

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.Vcf);
        Count(import, "records").ShouldBe(records);
        foreach (var expected in filtered)
        {
            var (filter, count) = (expected.Split('=')[0], expected.Split('=')[1]);
            var actual = Count(import, $"records not passing filters (FILTER {filter})");
            if (count.Length > 0)
            {
                actual.ShouldBe(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), filter);
            }
            else
            {
                actual.ShouldBeGreaterThan(0, filter);
            }
        }
    }

    [Fact]
    public void An_index_beside_a_file_that_states_no_build_is_not_used()
    {
        var import = LabFileImporter.Import(Path.Combine(Folder, "vcf/pcgr_T001-COAD.grch38.vcf.gz"), new ImportOptions(UseIndex: true), Kb.Instance);

        Count(import, "records").ShouldBe(3313);
        import.Notes.ShouldNotContain(n => n.Contains("index", StringComparison.Ordinal));
    }

    [Fact]
    public void Bgzf_with_nine_members_is_read_past_the_first_member()
    {
        var import = Import("vcf/pcgr_T001-COAD.grch38.vcf.gz");

        // A reader stopping after the first gzip member sees 454 records (README 1.1).
        Count(import, "records").ShouldBe(3313);
        import.Sample.ShouldBe("TCGA-A6-2686-01A-01D-1408-10_TCGA-A6-2686-10A-01D-2188-10");
        import.GenomeBuild.ShouldBeNull(); // the header names no build (only liftOver lines); the file name is not read
        import.Results.ShouldBeEmpty(); // no record in ALK, and an unannotated file with no stated build is not looked up
    }

    [Fact]
    public void Several_samples_without_a_choice_are_refused_naming_them()
    {
        var error = Import("vcf/vcf2maf/test_mutect.vcf").Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(ImportErrorCodes.SampleNotChosen);
        error.Message.ShouldContain("NORMAL, TUMOR");
    }

    [Fact]
    public void Snpeff_cancer_output_with_a_log_line_first_is_rejected_as_not_a_vcf()
    {
        var error = Import("vcf/snpeff/snpeff_examples_cancer.ann.vcf").Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(ImportErrorCodes.WrongFormat);
        error.Location.Line.ShouldBe(1);
    }

    [Fact]
    public void Vep_csq_with_65_subfields_is_read_from_the_header_order()
    {
        var import = Import("vcf/vcf2maf/test_pindel.vep.vcf", "TUMOR", allGenes: true);

        import.Errors.ShouldBeEmpty();
        import.GenomeBuild.ShouldBe("GRCh37");
        import.Notes.ShouldContain("annotated by VEP v84");
        import.Results.ShouldNotBeEmpty();
        import.Results.Cast<SequenceVariant>().ShouldAllBe(v => (v.HgvsCdna == null || v.HgvsCdna.StartsWith("c.")) && (v.HgvsProtein == null || v.HgvsProtein.StartsWith("p.")));
    }

    [Fact]
    public void Arriba_bcr_abl1_partners_breakpoints_reads_and_frame()
    {
        var import = Import("fusions/arriba_test_fusions.tsv", allGenes: true);

        import.Errors.ShouldBeEmpty();
        Count(import, "fusion rows").ShouldBe(1);
        var fusion = import.Results.Cast<FusionCall>().ShouldHaveSingleItem();
        (fusion.FivePrimeGene?.Value, fusion.ThreePrimeGene.Value, fusion.InFrame).ShouldBe(("BCR", "ABL1", (bool?)true));
        fusion.Breakpoint.ShouldBe("22:23632600 / 9:133729451 (5' / 3')");
        fusion.Note.ShouldNotBeNull().ShouldContain("11 supporting reads (split reads 4 + 7, discordant mates 0), confidence high");
    }

    [Fact]
    public void Star_fusion_rows_are_each_kept_with_their_own_breakpoints()
    {
        var import = Import("fusions/starfusion_BT474_saved.fusion_candidates.final.abridged.FFPM.tsv", allGenes: true);

        import.Errors.ShouldBeEmpty();
        Count(import, "fusion rows").ShouldBe(24);
        var fusions = import.Results.Cast<FusionCall>().ToList();
        fusions.Count.ShouldBe(24);
        // The README says 19 distinct names; the file holds 18 (VAPB--IKZF3 x3, four names x2, 13 once:
        // `cut -f1 | sort | uniq -c`), so the file, not the README, is asserted here.
        fusions.Select(f => $"{f.FivePrimeGene}--{f.ThreePrimeGene}").Distinct().Count().ShouldBe(18);
        fusions.Count(f => f.FivePrimeGene == "VAPB" && f.ThreePrimeGene == "IKZF3").ShouldBe(3);
        fusions.Select(f => $"{f.FivePrimeGene}--{f.ThreePrimeGene} {f.Breakpoint}").Distinct().Count().ShouldBe(24);
        (fusions[0].FivePrimeGene?.Value, fusions[0].ThreePrimeGene.Value).ShouldBe(("ACACA", "STAC2"));
        fusions[0].Note.ShouldNotBeNull().ShouldContain("12 junction reads, 51 spanning fragments");
    }

    [Fact]
    public void Pcgr_fusion_table_finds_eml4_alk_and_reads_every_row()
    {
        var all = Import("fusions/pcgr_T001-COAD.grch38.fusions.tsv", allGenes: true);
        var kept = Import("fusions/pcgr_T001-COAD.grch38.fusions.tsv");

        all.Errors.ShouldBeEmpty();
        Count(all, "fusion rows").ShouldBe(9);
        all.Results.Length.ShouldBe(9);
        var alk = kept.Results.Cast<FusionCall>().Single(f => f.ThreePrimeGene == "ALK");
        alk.FivePrimeGene?.Value.ShouldBe("EML4");
        alk.Breakpoint.ShouldBe("2:42295554 / 2:29223528 (5' / 3')");
        alk.Note.ShouldNotBeNull().ShouldContain("100 split reads");
        all.Results.Cast<FusionCall>().ShouldContain(f => f.FivePrimeGene == "BCR" && f.Breakpoint == "22:23240712 / 9:13358995 (5' / 3')");
    }

    [Fact]
    public void Vcf2maf_test_maf_has_its_20_rows_and_no_hgvs_to_add()
    {
        var import = Import("vcf/vcf2maf/test.maf", allGenes: true);

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.Maf);
        Count(import, "rows").ShouldBe(20);
        import.Sample.ShouldBe("TUMOR");
        import.Results.ShouldBeEmpty(); // this MAF has no HGVS columns, and none of its sites is an ALK hotspot
    }

    [Fact]
    public void Vcf2maf_b38_output_gives_the_readme_rows_with_depth_not_made_zero()
    {
        var import = Import("vcf/vcf2maf/test_b38_output.maf", allGenes: true);

        import.Errors.ShouldBeEmpty();
        import.GenomeBuild.ShouldBe("GRCh38");
        var variants = import.Results.Cast<SequenceVariant>().ToList();
        variants.Count.ShouldBe(25);
        variants.GroupBy(v => v.Gene.Value).ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<string, int> { ["RUNX1"] = 7, ["ERG"] = 6, ["TMPRSS2"] = 4, ["ICOSLG"] = 3, ["U2AF1"] = 2, ["SETD4"] = 1, ["SIK1"] = 1, ["UMODL1"] = 1 }, ignoreOrder: true);
        variants.ShouldContain(v => v.Gene == "RUNX1" && v.HgvsProtein == "p.L429R" && v.HgvsCdna == "c.1286T>G");
        variants.ShouldContain(v => v.Gene == "RUNX1" && v.HgvsProtein == "p.N139Qfs*5" && v.HgvsCdna == "c.414_415insC");
        variants.ShouldContain(v => v.Gene == "ERG" && v.HgvsProtein == "p.M1?" && v.HgvsCdna == "c.3G>A");
        variants.ShouldContain(v => v.Gene == "TMPRSS2" && v.HgvsProtein == "p.K224Nfs*19" && v.HgvsCdna == "c.672del");
        variants.ShouldContain(v => v.Gene == "ICOSLG" && v.HgvsProtein == "p.W54*" && v.HgvsCdna == "c.162G>A");
        variants.ShouldContain(v => v.Gene == "RUNX1" && v.HgvsProtein == null && v.HgvsCdna == "c.508+8A>G");
        variants[0].Vaf.ShouldBe(Math.Round(21.0 / 54, 4)); // t_ref_count '.' next to t_alt_count 21 and t_depth 54
    }

    [Fact]
    public void Cbioportal_extended_maf_gives_36_mutations_one_test_per_sample()
    {
        var import = Import("cbioportal/study_es_0/data_mutations_extended.maf", allGenes: true);

        import.Errors.ShouldBeEmpty();
        Count(import, "rows").ShouldBe(36);
        var variants = import.Results.Cast<SequenceVariant>().ToList();
        variants.Count.ShouldBe(36);
        variants.Count(v => v.Gene == "BRCA2").ShouldBe(12);
        variants.Count(v => v.Gene == "ACP3").ShouldBe(5);
        variants.ShouldContain(v => v.Gene == "TP53" && v.HgvsProtein == "p.G199V");
        variants.ShouldContain(v => v.Gene == "MSH3" && v.HgvsProtein == "p.L503Wfs*5");
        variants.Select(v => v.Provenance!.Sample).Distinct().Count().ShouldBeGreaterThan(1);
    }
}
