using Alkboard.Core.Cases;
using Alkboard.Core.Import;

namespace Alkboard.Core.Tests.Import;

public class VcfReaderTests
{
    [Fact]
    public void Vep_csq_gives_gene_hgvs_consequence_and_vaf_of_the_tumor_sample_named_in_the_header()
    {
        var import = ImportFixtures.Import("seed-001-p1.vep.vcf");

        import.Errors.ShouldBeEmpty();
        import.Sample.ShouldBe("TUMOR");
        import.GenomeBuild.ShouldBe("GRCh37");
        var variant = import.Results.ShouldHaveSingleItem().ShouldBeOfType<SequenceVariant>();
        variant.Gene.Value.ShouldBe("ALK");
        variant.HgvsProtein.ShouldBe("p.Leu1196Gln");
        variant.Vaf.ShouldBe(0.25);
        variant.Note.ShouldNotBeNull().ShouldContain("missense_variant");
        import.Counts["records not passing filters (FILTER LowQual)"].ShouldBe(1);
        import.Counts["alleles in genes outside the knowledge base (not added)"].ShouldBe(1);
    }

    [Fact]
    public void Every_result_carries_its_provenance()
    {
        var import = ImportFixtures.Import("seed-001-p1.vep.vcf");
        var expectedSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(ImportFixtures.Path("seed-001-p1.vep.vcf"))));

        import.Results[0].Provenance.ShouldBe(new ResultProvenance("seed-001-p1.vep.vcf", expectedSha, "SyntheticCaller", "1.0", "GRCh37", "TUMOR", 15));
    }

    /// <summary>GRCh37 positions of knowledge/alk-hotspots.yaml (DoCM, MOAlmanac): found in an unannotated file, with or without 'chr', multi-allelic records split.</summary>
    [Fact]
    public void Unannotated_grch37_records_find_the_alk_hotspots_by_position()
    {
        var import = ImportFixtures.Import("synthetic.unannotated.grch37.vcf");

        import.Errors.ShouldBeEmpty();
        import.Results.Cast<SequenceVariant>().Select(v => $"{v.HgvsProtein} {v.HgvsCdna} {v.Vaf}").ShouldBe(
            ["p.G1202R c.3604G>A 0.25", "p.L1196M c.3586C>A 0.25", "p.F1174L c.3522C>A 0.3", "p.F1174L c.3522C>G 0.2"]);
        import.Counts["unannotated alleles (need annotation)"].ShouldBe(1);
        import.Counts["records not passing filters (FILTER REJECT)"].ShouldBe(1);
        import.Notes.ShouldContain(n => n.Contains("annotate the file", StringComparison.Ordinal));
    }

    [Fact]
    public void Bgzf_concatenated_gzip_members_read_the_same_as_the_plain_file()
    {
        var plain = ImportFixtures.Import("synthetic.unannotated.grch37.vcf");
        var compressed = ImportFixtures.Import("synthetic.unannotated.grch37.vcf.gz");

        compressed.Errors.ShouldBeEmpty();
        compressed.Results.Select(r => r.Describe()).ShouldBe(plain.Results.Select(r => r.Describe()));
        compressed.Counts.ShouldBe(plain.Counts);
    }

    [Fact]
    public void Unannotated_grch38_says_positions_are_not_sourced_and_looks_nothing_up()
    {
        var import = ImportFixtures.Import("synthetic.unannotated.grch38.vcf");

        import.Errors.ShouldBeEmpty();
        import.Results.ShouldBeEmpty();
        import.Counts["unannotated alleles on GRCh38 (not looked up)"].ShouldBe(1);
        import.Notes.ShouldContain(n => n.Contains("GRCh37 only", StringComparison.Ordinal) && n.Contains("no liftover", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_stated_build_no_position_is_looked_up()
    {
        var import = ImportFixtures.Import("synthetic.unannotated.nobuild.vcf");

        import.GenomeBuild.ShouldBeNull();
        import.Results.ShouldBeEmpty();
        import.Counts["unannotated alleles, genome build not stated (not looked up)"].ShouldBe(1);
    }

    [Fact]
    public void Several_samples_without_a_choice_are_refused_naming_the_samples()
    {
        var import = ImportFixtures.Import("synthetic.multisample.vcf");

        var error = import.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ImportErrorCodes.SampleNotChosen);
        error.Message.ShouldContain("SAMPLE_A, SAMPLE_B");
        import.Results.ShouldBeEmpty();
    }

    [Fact]
    public void The_sample_option_chooses_the_tumor_and_an_unknown_sample_is_an_error()
    {
        var chosen = ImportFixtures.Import("synthetic.multisample.vcf", sample: "SAMPLE_B");
        var unknown = ImportFixtures.Import("synthetic.multisample.vcf", sample: "TUMOUR");

        chosen.Errors.ShouldBeEmpty();
        chosen.Sample.ShouldBe("SAMPLE_B");
        chosen.Results.Cast<SequenceVariant>().ShouldHaveSingleItem().Vaf.ShouldBe(0.25);
        unknown.Errors.ShouldHaveSingleItem().Code.ShouldBe(ImportErrorCodes.UnknownSample);
    }

    [Fact]
    public void Snpeff_ann_variants_breakends_naming_alk_and_genotypes_the_tumor_lacks()
    {
        var import = ImportFixtures.Import("synthetic.snpeff.vcf");

        import.Errors.ShouldBeEmpty();
        import.Results.Select(r => r.Describe()).ShouldBe(["MET p.Arg34Cys c.100C>T (VAF 50%)", "ALK rearrangement (partner not identified)"]);
        ((FusionCall)import.Results[1]).Note.ShouldNotBeNull().ShouldContain("possible ALK rearrangement");
        import.Counts["structural or breakend alleles not naming ALK (not added)"].ShouldBe(1);
        import.Counts["alleles the tumor sample does not carry (GT, no reads in AD)"].ShouldBe(1);
    }

    [Fact]
    public void A_file_with_malformed_records_is_rejected_whole_with_every_error_located()
    {
        var import = ImportFixtures.Import("malformed.vcf");

        import.Results.ShouldBeEmpty();
        import.Errors.Select(e => (e.Code, e.Location.Line)).ShouldBe([(ImportErrorCodes.VcfRecord, 9), (ImportErrorCodes.VcfRecord, 10)]);
    }

    public static TheoryData<string, string> WrongFiles => new()
    {
        { "malformed-header.maf", ImportErrorCodes.MafHeader },
        { "not-supported.bcf", ImportErrorCodes.NotSupportedYet },
        { "../../../../examples/cases/seed-003-cars1-alk-imt.yaml", ImportErrorCodes.WrongFormat },
        { "no-such-file.vcf", ImportErrorCodes.FileNotFound },
    };

    [Theory]
    [MemberData(nameof(WrongFiles))]
    public void A_file_in_another_format_is_named_as_such(string file, string code)
    {
        ImportFixtures.Import(file).Errors.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    [Theory]
    [InlineData("##fileformat=VCFv4.1", LabFileFormat.Vcf)]
    [InlineData("##fileformat=VCFv4.3", LabFileFormat.Vcf)]
    [InlineData("#gene1\tgene2\tstrand1(gene/fusion)", LabFileFormat.Arriba)]
    [InlineData("#FusionName\tJunctionReadCount", LabFileFormat.StarFusion)]
    [InlineData("Gene_1_symbol(5end_fusion_partner)\tGene_2_symbol(3end_fusion_partner)", LabFileFormat.FusionCatcher)]
    [InlineData("FusionGene\tLeftBreakpoint\tRightBreakpoint\tSplitReads", LabFileFormat.FusionTable)]
    [InlineData("00:00:38.758\tReading cancer samples pedigree from file", null)]
    public void Formats_are_recognised_from_the_first_line(string line, LabFileFormat? format)
    {
        LabFileImporter.Recognise(line).ShouldBe(format);
    }
}
