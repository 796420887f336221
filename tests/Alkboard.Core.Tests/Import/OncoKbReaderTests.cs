using Alkboard.Core.Cases;
using Alkboard.Core.Import;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>The OncoKB annotator's tables and the copy-number tables, plain and annotated, on synthetic fixtures.</summary>
public class OncoKbReaderTests
{
    [Fact]
    public void An_annotated_maf_keeps_each_kept_rows_annotation_as_written_with_its_line()
    {
        var import = ImportFixtures.Import("oncokb.annotated.maf");

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.Maf);
        import.Results.Cast<SequenceVariant>().Select(v => $"{v.Provenance!.Line} {v.Provenance.Sample} {v.Gene} {v.HgvsProtein}").ShouldBe(
            ["2 SYNTH-S1 ALK p.F1174L", "3 SYNTH-S2 ALK p.F1174L", "4 SYNTH-S2 KRAS p.G12C"]);
        import.OncoKb.Select(a => a.Provenance.Line).ShouldBe([2, 3, 4]);
        import.Counts["rows in genes outside the knowledge base (not added)"].ShouldBe(1);

        var disagreeing = import.OncoKb[1];
        disagreeing.Columns.Length.ShouldBe(22);
        disagreeing.Oncogenic.ShouldBe("Likely Neutral");
        disagreeing.GeneInOncoKb.ShouldBe(true);
        disagreeing.Annotated.ShouldBeNull();
        disagreeing.HighestLevel.ShouldBe("LEVEL_R1");
        disagreeing.TumorType.ShouldBeNull();
        disagreeing.Treatments.Select(t => $"{t.Column} {t.Written} {t.Direction}").ShouldBe(
            ["LEVEL_1 Crizotinib Sensitivity", "LEVEL_3A Lorlatinib Sensitivity", "LEVEL_4 Dabrafenib+Trametinib Sensitivity", "LEVEL_R1 Synthetinib Resistance", "LEVEL_R3 Alectinib Resistance"]);
        disagreeing.Treatments[2].Drugs.Select(d => d.Resolved?.Value).ShouldBe(["dabrafenib", "trametinib"]);
        disagreeing.Treatments[3].Drugs.ShouldHaveSingleItem().Resolved.ShouldBeNull();
        disagreeing.Treatments[4].Level.ShouldBeNull();
        disagreeing.Prognostic.ShouldHaveSingleItem().ShouldBe(new OncoKbLeveledTumorTypes("LEVEL_Px1", "SYNTHETIC TUMOR TYPE"));
        import.OncoKb[0].Citations.ShouldBe(["SYNTH-CITATION-1", "SYNTH-CITATION-2"]);
    }

    [Fact]
    public void A_maf_row_without_coordinates_and_a_protein_change_written_without_p_is_read()
    {
        var import = ImportFixtures.Import("oncokb.plain.maf");

        import.Errors.ShouldBeEmpty();
        import.OncoKb.ShouldBeEmpty();
        var kras = import.Results.Cast<SequenceVariant>().Single(v => v.Gene == "KRAS");
        kras.HgvsProtein.ShouldBe("p.G12C");
        kras.Note!.ShouldContain("no genomic position in the row");
    }

    [Fact]
    public void A_bad_annotation_boolean_is_located_and_partial_annotation_columns_are_refused()
    {
        var boolean = ImportFixtures.Import("oncokb.bad-boolean.maf");
        var partial = ImportFixtures.Import("oncokb.partial-columns.maf");

        boolean.Results.ShouldBeEmpty();
        var error = boolean.Errors.ShouldHaveSingleItem();
        (error.Code, error.Location.Line, error.Location.Column).ShouldBe((ImportErrorCodes.OncoKbRow, 2, 14));
        error.Message.ShouldContain("GENE_IN_ONCOKB is 'Yes'");
        var header = partial.Errors.ShouldHaveSingleItem();
        (header.Code, header.Location.Line).ShouldBe((ImportErrorCodes.OncoKbHeader, 1));
        header.Message.ShouldContain("lacks GENE_IN_ONCOKB, VARIANT_IN_ONCOKB, MUTATION_EFFECT, HIGHEST_LEVEL");
    }

    [Fact]
    public void A_reversed_alk_eml4_fusion_is_read_as_eml4_alk_and_the_note_says_why()
    {
        var import = ImportFixtures.Import("oncokb.annotated.fusions.txt");

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.OncoKbFusions);
        import.Results.Cast<FusionCall>().Select(f => $"{f.Provenance!.Line} {f.FivePrimeGene}::{f.ThreePrimeGene}").ShouldBe(["2 EML4::ALK", "3 TPM3::ALK"]);
        import.Results[0].Note!.ShouldContain("does not state the 5'/3' orientation; ALK, the knowledge base's fusion kinase, is read as the 3' partner");
        import.Results.Cast<FusionCall>().ShouldAllBe(f => f.OrientationInferred);
        import.Notes.ShouldContain("ALK fusion EML4::ALK read with ALK as 3' (the kinase partner); orientation not given by the file, so it does not establish ALK positivity by itself (line 2)");
        import.Counts["intragenic events (not added: the case format has no result kind for them)"].ShouldBe(1);
        import.Counts["fusions without a knowledge-base gene (not added)"].ShouldBe(1);
        import.Notes.ShouldContain("line 4: 'ALK-intragenic' is an intragenic ALK event, not a fusion; not added");

        var annotation = import.OncoKb[0];
        (annotation.TumorType, annotation.TumorTypeSource, annotation.Annotated).ShouldBe(("IMT", "its ONCOTREE_CODE column", true));
        annotation.HighestResistanceLevel.ShouldBe("LEVEL_R2");
        annotation.Columns.Length.ShouldBe(27);
    }

    [Fact]
    public void No_written_order_orients_a_pair_so_every_call_is_marked_orientation_inferred()
    {
        // Review 2, F9: ALK-PTPN3 may be an ALK-5' event (cBioPortal's ALK->PTPN3 row is one), and
        // EML4-ALK is no exception for being well known: the table gives no orientation either way.
        var import = ImportFixtures.Import("oncokb.orientation.fusions.txt");

        import.Errors.ShouldBeEmpty();
        var calls = import.Results.Cast<FusionCall>().ToList();
        calls.Select(f => $"{f.Provenance!.Line} {f.FivePrimeGene}::{f.ThreePrimeGene} {f.OrientationInferred}").ShouldBe(["2 PTPN3::ALK True", "3 EML4::ALK True", "4 EML4::ALK True"]);
        calls[0].Describe().ShouldBe("PTPN3::ALK fusion, orientation inferred");
        calls[0].OrientationCaveat.ShouldBe("ALK is read as 3' only because it is the fusion kinase; if the event is ALK::PTPN3, the ALK kinase domain is not in the fusion");

        // One caveat per text for interpret --file, naming every line it applies to.
        ImportedAlteration.Caveats(calls.Skip(1)).ShouldHaveSingleItem().ShouldBe(
            "orientation not given by oncokb.orientation.fusions.txt:3, 4: ALK is read as 3' only because it is the fusion kinase; "
            + "if the event is ALK::EML4, the ALK kinase domain is not in the fusion; this call does not establish ALK positivity by itself");
        ImportedAlteration.Caveats(ImportFixtures.Import("synthetic.arriba.tsv").Results).ShouldBeEmpty();
    }

    [Fact]
    public void A_structural_variant_pair_of_two_fusion_kinases_is_not_oriented_by_its_order()
    {
        var import = ImportFixtures.Import("oncokb.sv.txt");

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.OncoKbStructuralVariants);
        import.Results.Cast<FusionCall>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            f => f.Describe().ShouldBe("EML4::ALK fusion, orientation inferred"), f => f.OrientationInferred.ShouldBeTrue());
        import.Counts["fusions whose 5'/3' orientation neither the file nor a single fusion-kinase partner gives (not added)"].ShouldBe(1);
        import.Notes.ShouldContain(n => n.StartsWith("line 3: 'ROS1 ALK TRANSLOCATION'", StringComparison.Ordinal));
        import.Counts["intragenic events (not added: the case format has no result kind for them)"].ShouldBe(1);
    }

    [Fact]
    public void A_fusion_that_is_not_genea_geneb_rejects_the_table()
    {
        var import = ImportFixtures.Import("oncokb.bad-fusion.txt");

        import.Results.ShouldBeEmpty();
        var error = import.Errors.ShouldHaveSingleItem();
        (error.Code, error.Location.Line, error.Location.Column).ShouldBe((ImportErrorCodes.OncoKbRow, 3, 2));
    }

    [Fact]
    public void A_gistic_matrix_gives_calls_per_sample_and_reads_a_repeated_identical_row_once()
    {
        var import = ImportFixtures.Import("synthetic.gistic.txt");

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.GisticCopyNumber);
        import.Results.Cast<CopyNumberChange>().Select(c => $"{c.Provenance!.Sample} {c.Gene} {c.Call} line {c.Provenance.Line}").ShouldBe(
            ["SYNTH-S1 MET Amplification line 2", "SYNTH-S1 ALK Gain line 3", "SYNTH-S2 ALK Loss line 3"]);
        import.Counts["repeated gene rows with the same call (read once)"].ShouldBe(2);
        import.Counts["calls in genes outside the knowledge base (not added)"].ShouldBe(1);
        import.Counts["cells without a call (empty or NA)"].ShouldBe(1);
    }

    [Fact]
    public void A_gene_given_twice_with_different_calls_is_an_error_naming_both_lines()
    {
        var import = ImportFixtures.Import("conflict.gistic.txt");

        import.Results.ShouldBeEmpty();
        var error = import.Errors.ShouldHaveSingleItem();
        (error.Code, error.Location.Line, error.Location.Column).ShouldBe((ImportErrorCodes.CopyNumberConflict, 4, 4));
        error.Message.ShouldBe("MET is given again for SYNTH-S1 (GISTIC 1, gain) where line 2 gives GISTIC 2 (amplification): which call holds is not guessed; correct the file");
    }

    [Fact]
    public void An_annotated_copy_number_table_and_a_bad_call_word()
    {
        var annotated = ImportFixtures.Import("oncokb.annotated.cna.txt");
        var bad = ImportFixtures.Import("oncokb.bad-value.cna.txt");

        annotated.Errors.ShouldBeEmpty();
        annotated.Format.ShouldBe(LabFileFormat.CopyNumberTable);
        annotated.Results.Cast<CopyNumberChange>().ShouldHaveSingleItem().Describe().ShouldBe("MET amplification");
        annotated.OncoKb.ShouldHaveSingleItem().TumorType.ShouldBe("IMT");
        // "Amplified" is no call word; "Gain,Loss" is not one call (a flags-style parse would have read it as Loss).
        bad.Errors.Select(e => (e.Code, e.Location.Line, e.Location.Column)).ShouldBe([(ImportErrorCodes.CopyNumberValue, 3, 3), (ImportErrorCodes.CopyNumberValue, 4, 3)]);
    }

    [Fact]
    public void A_clinical_table_gives_annotations_their_samples_tumor_type_by_exact_name()
    {
        var maf = ImportFixtures.Import("oncokb.annotated.maf");
        var clinical = ImportFixtures.Import("oncokb.clinical.txt");
        var conflict = ImportFixtures.Import("oncokb.clinical-conflict.txt");

        clinical.Errors.ShouldBeEmpty();
        clinical.Results.ShouldBeEmpty();
        clinical.SampleTumorTypes.Keys.ShouldBe(["SYNTH-S1", "SYNTH-S2", "SYNTH-S2-01A"]);
        OncoKbAnnotations.Of([maf, clinical]).Select(a => $"{a.Provenance.Sample} {a.TumorType} {a.TumorTypeSource}").ShouldBe(
            ["SYNTH-S1 IMT oncokb.clinical.txt:2", "SYNTH-S2 NSCLC oncokb.clinical.txt:3", "SYNTH-S2 NSCLC oncokb.clinical.txt:3"]);
        OncoKbAnnotations.Of([maf]).ShouldAllBe(a => a.TumorType == null && a.TumorTypeSource == null);
        conflict.Errors.ShouldHaveSingleItem().Code.ShouldBe(ImportErrorCodes.OncoKbRow);
    }

    [Theory]
    [InlineData("LEVEL_1", EvidenceLevel.Level1, EffectDirection.Sensitivity)]
    [InlineData("LEVEL_2", EvidenceLevel.Level2, EffectDirection.Sensitivity)]
    [InlineData("LEVEL_3A", EvidenceLevel.Level3A, EffectDirection.Sensitivity)]
    [InlineData("LEVEL_3B", EvidenceLevel.Level3B, EffectDirection.Sensitivity)]
    [InlineData("LEVEL_4", EvidenceLevel.Level4, EffectDirection.Sensitivity)]
    [InlineData("LEVEL_R1", EvidenceLevel.LevelR1, EffectDirection.Resistance)]
    [InlineData("LEVEL_R2", EvidenceLevel.LevelR2, EffectDirection.Resistance)]
    [InlineData("level_r3", null, EffectDirection.Resistance)]
    public void OncoKb_level_names_map_to_alkboards_scale_as_docs_import_md_says(string column, EvidenceLevel? level, EffectDirection direction)
    {
        OncoKbLevels.Therapeutic(column).ShouldBe((level, direction));
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "import.md"));
        doc.ShouldContain($"| `{column.ToUpperInvariant()}` | {(level is { } l ? EvidenceLevels.Code(l) : "none")} | {(direction == EffectDirection.Sensitivity ? "sensitivity" : "resistance")} |");
    }

    [Fact]
    public void An_old_level_name_is_not_a_level()
    {
        OncoKbLevels.Therapeutic("LEVEL_2A").ShouldBeNull();
        OncoKbLevels.Therapeutic("LEVEL_Dx1").ShouldBeNull();
    }

    [Fact]
    public void An_imported_copy_number_change_keeps_its_provenance_in_the_new_case()
    {
        var caseFile = Path.Combine(RepoPaths.Examples, "seed-001-p1-rrbp1-alk-imt.json");

        var result = CaseImporter.AddToCase(caseFile, [ImportFixtures.Import("synthetic.gistic.txt")],
            new ImportedTestDetails(null, null, TestMethod.DnaPanel, new Specimen(SpecimenKind.Tissue, null)), Kb.Instance);

        result.Errors.Where(e => e.IsError).ShouldBeEmpty();
        var met = result.Case!.MolecularTests.SelectMany(t => t.Results).OfType<CopyNumberChange>().First();
        met.Provenance.ShouldBe(new ResultProvenance("synthetic.gistic.txt", ImportFixtures.Import("synthetic.gistic.txt").Sha256!, null, null, null, "SYNTH-S1", 2));
        met.Call.ShouldBe(CopyNumberCall.Amplification);
    }
}
