using Alkboard.Core.Cases;
using Alkboard.Core.Import;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>
/// The OncoKB annotator's example tables (formats/oncokb of the shared inputs, never copied into
/// the repository): the counts and key rows their README states. The 2021 annotated MAF is a
/// snapshot of OncoKB's levels then: these tests check parsing, not what the levels are today.
/// They run under scripts/conformance (ALKBOARD_FORMAT_INPUTS); scripts/test leaves them out.
/// </summary>
[Trait("Category", "Conformance")]
public class OncoKbConformanceTests
{
    private static string Folder => Path.Combine(Environment.GetEnvironmentVariable("ALKBOARD_FORMAT_INPUTS")
        ?? throw new InvalidOperationException("ALKBOARD_FORMAT_INPUTS is not set: run scripts/conformance"), "oncokb");

    private static LabFileImport Import(string file, bool allGenes = true) =>
        LabFileImporter.Import(Path.Combine(Folder, file), new ImportOptions(null, allGenes), Kb.Instance);

    private static string Protein(OncoKbAnnotation a) => ((SequenceVariant)a.Result).HgvsProtein ?? "none";

    [Fact]
    public void The_annotated_maf_has_16_rows_in_input_order_with_its_22_annotation_columns()
    {
        var import = Import("example_maf_annotated_2021.txt");

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.Maf);
        import.GenomeBuild.ShouldBe("GRCh37");
        import.Counts["rows"].ShouldBe(16);
        import.OncoKb[0].Columns.ShouldBe(["GENE_IN_ONCOKB", "VARIANT_IN_ONCOKB", "MUTATION_EFFECT", "ONCOGENIC", "LEVEL_1", "LEVEL_2", "LEVEL_3A", "LEVEL_3B", "LEVEL_4",
            "LEVEL_R1", "LEVEL_R2", "LEVEL_R3", "HIGHEST_LEVEL", "CITATIONS", "LEVEL_Dx1", "LEVEL_Dx2", "LEVEL_Dx3", "HIGHEST_DX_LEVEL", "LEVEL_Px1", "LEVEL_Px2", "LEVEL_Px3", "HIGHEST_PX_LEVEL"]);

        // Every row but TERT (5'Flank, no protein change) is a result with --all-genes.
        import.OncoKb.Select(a => a.Provenance.Line).ShouldBe([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17]);
        import.Counts["rows without an HGVS c. or p. change (not added; annotate the MAF)"].ShouldBe(1);
    }

    [Fact]
    public void The_annotated_maf_gives_the_readme_tallies_of_oncogenic_and_highest_level()
    {
        var import = Import("example_maf_annotated_2021.txt");
        var lines = File.ReadAllLines(Path.Combine(Folder, "example_maf_annotated_2021.txt"));
        var header = lines[0].Split('\t');

        // The README's tallies are over all 16 rows; rows without a result are counted from the file itself.
        string Column(string line, string name) => line.Split('\t')[Array.IndexOf(header, name)];
        var oncogenic = lines.Skip(1).GroupBy(l => Column(l, "ONCOGENIC")).ToDictionary(g => g.Key, g => g.Count());
        var highest = lines.Skip(1).GroupBy(l => Column(l, "HIGHEST_LEVEL")).ToDictionary(g => g.Key, g => g.Count());
        oncogenic.ShouldBe(new Dictionary<string, int> { ["Likely Oncogenic"] = 6, ["Oncogenic"] = 5, [""] = 5 }, ignoreOrder: true);
        highest.ShouldBe(new Dictionary<string, int> { [""] = 12, ["LEVEL_3A"] = 2, ["LEVEL_4"] = 1, ["LEVEL_3B"] = 1 }, ignoreOrder: true);

        // … and the reader agrees on the rows it keeps.
        foreach (var a in import.OncoKb)
        {
            a.Oncogenic.ShouldBe(Column(lines[a.Provenance.Line - 1], "ONCOGENIC") is { Length: > 0 } o ? o : null);
            a.HighestLevel.ShouldBe(Column(lines[a.Provenance.Line - 1], "HIGHEST_LEVEL") is { Length: > 0 } h ? h : null);
        }
    }

    [Fact]
    public void Kras_g12c_both_rows_oncogenic_gain_of_function_level_3a_amg_510_and_three_level_4_drugs()
    {
        var kras = Import("example_maf_annotated_2021.txt").OncoKb.Where(a => Protein(a) == "p.G12C").ToList();

        kras.Select(a => a.Provenance.Line).ShouldBe([10, 11]);
        foreach (var a in kras)
        {
            (a.Oncogenic, a.MutationEffect, a.HighestLevel).ShouldBe(("Oncogenic", "Gain-of-function", "LEVEL_3A"));
            a.Treatments.Select(t => $"{t.Column} {t.Written}").ShouldBe(["LEVEL_3A AMG-510", "LEVEL_4 Trametinib", "LEVEL_4 Cobimetinib", "LEVEL_4 Binimetinib"]);
            a.Treatments[0].Level.ShouldBe(EvidenceLevel.Level3A);
            a.Treatments.Select(t => t.Drugs.Single().Resolved?.Value).ShouldBe([null, "trametinib", null, null]);
            a.Citations.ShouldContain("28572459");
            a.Citations.ShouldContain(c => c.StartsWith("Fakih et al. Abstract# 3003, ASCO 2019(", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Cul1_is_unknown_to_oncokb_and_the_other_key_rows_read_as_the_readme_says()
    {
        var annotations = Import("example_maf_annotated_2021.txt").OncoKb;
        OncoKbAnnotation Row(string gene) => annotations.Single(a => ((SequenceVariant)a.Result).Gene == gene);

        var cul1 = Row("CUL1");
        (cul1.GeneInOncoKb, cul1.VariantInOncoKb, cul1.MutationEffect, cul1.Oncogenic).ShouldBe((false, false, "Unknown", null));
        Row("PTEN").Oncogenic.ShouldBe("Likely Oncogenic");
        Row("PTEN").Treatments.Select(t => $"{t.Column} {t.Written}").ShouldBe(["LEVEL_4 GSK2636771", "LEVEL_4 AZD8186"]);
        Row("ATM").Treatments.ShouldHaveSingleItem().ShouldSatisfyAllConditions(t => t.Column.ShouldBe("LEVEL_3B"), t => t.Written.ShouldBe("Olaparib"));
        (Row("PIK3CA").Oncogenic, Row("PIK3CA").MutationEffect, Row("PIK3CA").HighestLevel).ShouldBe(("Oncogenic", "Gain-of-function", null));
        Row("PIK3CA").Treatments.ShouldBeEmpty();
        Row("MYD88").Oncogenic.ShouldBe("Oncogenic");
        Protein(Row("MYD88")).ShouldBe("p.M232T");
    }

    [Fact]
    public void The_minimal_maf_reads_17_rows_with_rows_of_only_a_protein_change_and_no_newline_at_the_end()
    {
        var import = Import("example_maf.txt");

        import.Errors.ShouldBeEmpty();
        import.OncoKb.ShouldBeEmpty();
        import.Counts["rows"].ShouldBe(17);
        var variants = import.Results.Cast<SequenceVariant>().ToList();
        variants.Where(v => v.Note!.Contains("no genomic position in the row", StringComparison.Ordinal)).Select(v => v.Gene.Value)
            .ShouldBe(["CUL1", "AKT3", "FGFR3", "FGFR2", "ATM", "RB1", "STK11", "MYD88", "EGFR"]);
        variants.Single(v => v.Gene == "CUL1").HgvsProtein.ShouldBe("p.Y466S");
        variants.Last().ShouldSatisfyAllConditions(v => v.Gene.Value.ShouldBe("EGFR"), v => v.HgvsProtein.ShouldBe("p.T790M"), v => v.Provenance!.Line.ShouldBe(18));
        variants.Where(v => v.Gene == "KRAS").Select(v => v.Note!.Split(';')[0]).ShouldBe(["12:25398285 C>A (GRCh37)", "12:25398285 CA>AG (GRCh37)"]);
        import.Notes.ShouldContain("line 8: HGVSp_Short p.Q212K and HGVSp Gln121Lys name different changes; HGVSp_Short is read");
    }

    [Fact]
    public void By_default_only_knowledge_base_genes_are_kept_with_their_annotation()
    {
        var import = Import("example_maf_annotated_2021.txt", allGenes: false);

        import.OncoKb.Select(a => $"{((SequenceVariant)a.Result).Gene} {Protein(a)}").ShouldBe(["PIK3CA p.E542K", "EGFR p.H304Y", "KRAS p.G12C", "KRAS p.G12C"]);
    }

    [Fact]
    public void Seven_fusion_rows_with_alk_eml4_read_as_eml4_to_alk()
    {
        var import = Import("example_fusions.txt");

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.OncoKbFusions);
        import.Counts["rows"].ShouldBe(7);
        var alk = import.Results.Cast<FusionCall>().Single(f => f.ThreePrimeGene == "ALK");
        (alk.FivePrimeGene?.Value, alk.Provenance!.Line, alk.Provenance.Sample).ShouldBe(("EML4", 3, "TCGA-05-4417-01"));
        alk.OrientationInferred.ShouldBeTrue(); // the annotator's own example writes ALK-EML4: no order is an orientation
        import.Counts["intragenic events (not added: the case format has no result kind for them)"].ShouldBe(3);

        // TMPRSS2-ERG (twice) and ETV6-RUNX1 "fusion" have no fusion kinase: read, not oriented by their order.
        import.Counts["fusions whose 5'/3' orientation neither the file nor a single fusion-kinase partner gives (not added)"].ShouldBe(3);
        import.Notes.ShouldContain(n => n.StartsWith("line 8: 'ETV6-RUNX1 fusion'", StringComparison.Ordinal));
    }

    [Fact]
    public void Seven_structural_variant_rows_mirror_the_fusion_table()
    {
        var import = Import("example_sv.txt");

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(LabFileFormat.OncoKbStructuralVariants);
        import.Counts["rows"].ShouldBe(7);
        import.Results.Cast<FusionCall>().ShouldHaveSingleItem().Describe().ShouldBe("EML4::ALK fusion, orientation inferred");
        import.Notes.ShouldContain("line 4: 'EGFR EGFR DELETION' is an intragenic EGFR event, not a fusion; not added");
    }

    [Fact]
    public void The_cna_matrix_with_cdk4_twice_and_conflicting_is_rejected_naming_both_lines()
    {
        var import = Import("example_cna.txt");

        import.Format.ShouldBe(LabFileFormat.GisticCopyNumber);
        import.Results.ShouldBeEmpty();
        var error = import.Errors.ShouldHaveSingleItem();
        (error.Code, error.Location.Line, error.Location.Column).ShouldBe((ImportErrorCodes.CopyNumberConflict, 5, 4));
        error.Message.ShouldBe("CDK4 is given again for TCGA-05-4417-01 (GISTIC -1, loss) where line 4 gives GISTIC -2 (deletion): which call holds is not guessed; correct the file");
    }

    [Fact]
    public void The_clinical_table_has_nine_samples_and_exact_matching_gives_the_long_barcode_mel()
    {
        var clinical = Import("example_clinical.txt");
        var maf = Import("example_maf_annotated_2021.txt");

        clinical.Errors.ShouldBeEmpty();
        clinical.Format.ShouldBe(LabFileFormat.OncoKbClinical);
        clinical.Counts["samples"].ShouldBe(9);
        clinical.SampleTumorTypes["TCGA-A6-2672-01"].Code.ShouldBe("COAD");
        var cul1 = OncoKbAnnotations.Of([maf, clinical]).Single(a => ((SequenceVariant)a.Result).Gene == "CUL1");
        (cul1.TumorType, cul1.TumorTypeSource).ShouldBe(("MEL", "example_clinical.txt:10"));
    }

    [Fact]
    public void The_input_of_the_2021_annotation_is_the_minimal_maf_without_its_last_row()
    {
        var input = Import("example_maf_2021_input_for_annotated.txt");
        var annotated = Import("example_maf_annotated_2021.txt");

        input.Counts["rows"].ShouldBe(16);
        input.Results.Select(r => r.Describe()).ShouldBe(annotated.Results.Select(r => r.Describe()));
    }
}
