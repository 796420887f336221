using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Import;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

public class MafReaderTests
{
    [Fact]
    public void Rows_of_every_sample_give_gene_hgvs_vaf_and_per_row_sample_provenance()
    {
        var import = ImportFixtures.Import("synthetic.maf");

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.Maf);
        import.GenomeBuild.ShouldBe("GRCh37");
        import.Results.Cast<SequenceVariant>().Select(v => $"{v.Provenance!.Sample} {v.Gene} {v.HgvsProtein} {v.HgvsCdna} {v.Vaf}").ShouldBe(
            ["SYNTH-S1 ALK p.G1202R c.3604G>A 0.25", "SYNTH-S2 ALK p.L1196M c.3586C>A 0.25", "SYNTH-S2 ALK p.L1196Q  "]);
        import.Counts["rows"].ShouldBe(5);
        import.Counts["rows in genes outside the knowledge base (not added)"].ShouldBe(1);
        import.Counts["rows not passing filters (FILTER common_variant)"].ShouldBe(1);
        import.Counts["rows without HGVS matched to an ALK hotspot by GRCh37 position"].ShouldBe(1);
    }

    [Fact]
    public void The_sample_option_keeps_one_sample_and_an_unknown_one_is_an_error()
    {
        var one = ImportFixtures.Import("synthetic.maf", sample: "SYNTH-S2");
        var unknown = ImportFixtures.Import("synthetic.maf", sample: "SYNTH-S9");

        one.Results.Length.ShouldBe(2);
        one.Counts["rows of other samples (not --sample)"].ShouldBe(3);
        unknown.Errors.ShouldHaveSingleItem().Code.ShouldBe(ImportErrorCodes.UnknownSample);
    }

    [Fact]
    public void A_maf_of_two_samples_adds_two_molecular_tests()
    {
        var caseFile = Path.Combine(RepoPaths.Examples, "seed-001-p1-rrbp1-alk-imt.json");
        var before = CaseLoader.LoadFile(caseFile, Kb.Instance.Vocabulary).Case!.MolecularTests.Length;

        var result = CaseImporter.AddToCase(caseFile, [ImportFixtures.Import("synthetic.maf")],
            new ImportedTestDetails(null, null, TestMethod.Wes, new Specimen(SpecimenKind.Unknown, null)), Kb.Instance);

        result.Errors.Where(e => e.IsError).ShouldBeEmpty();
        result.AddedTests.Select(t => $"{t.Id} {t.Results.Length}").ShouldBe(["import-synth-s1 1", "import-synth-s2 2"]);
        result.Case!.MolecularTests.Length.ShouldBe(before + 2);
    }

    [Fact]
    public void A_malformed_maf_is_rejected_whole_with_every_row_located()
    {
        var import = ImportFixtures.Import("malformed.maf");

        import.Results.ShouldBeEmpty();
        import.Errors.Select(e => (e.Code, e.Location.Line)).ShouldBe([(ImportErrorCodes.MafRow, 5), (ImportErrorCodes.MafRow, 6)]);
    }
}
