using Alkboard.Core.Evidence;
using Alkboard.Core.Import;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>
/// A file's OncoKB levels beside Alkboard's interpretation. The fixture's levels are synthetic
/// claims written to exercise each rule, not clinical statements.
/// </summary>
public class OncoKbComparerTests
{
    private static OncoKbComparison Compare(string fixture, int index, string tumor = "IMT")
    {
        var annotation = ImportFixtures.Import(fixture).OncoKb[index];
        var alkboard = Interpreter.Interpret(ImportedAlteration.Text(annotation.Result), tumor, Kb.Instance);
        return OncoKbComparer.Compare(annotation, alkboard, tumor, Kb.Instance);
    }

    [Fact]
    public void Alk_f1174l_levelled_r2_for_crizotinib_agrees_with_alkboards_r2()
    {
        var c = Compare("oncokb.annotated.maf", 0);

        c.Alteration.ShouldBe("ALK F1174L");
        c.Disagrees.ShouldBeFalse();
        var crizotinib = c.Drugs.ShouldHaveSingleItem();
        (crizotinib.Agreement, crizotinib.AlkboardSameDirection, crizotinib.AlkboardOppositeDirection).ShouldBe((OncoKbAgreement.Agrees, EvidenceLevel.LevelR2, EvidenceLevel.Level4));
        c.Alkboard.ShouldContain(new AlkboardDrugLevels("crizotinib", EvidenceLevel.Level4, EvidenceLevel.LevelR2));
    }

    [Fact]
    public void Alk_f1174l_with_contradicting_levels_flags_each_disagreement()
    {
        var c = Compare("oncokb.annotated.maf", 1);

        c.Disagrees.ShouldBeTrue();
        c.Drugs.Select(d => $"{d.Drug.Written} {d.Agreement}").ShouldBe([
            "Crizotinib OppositeDirection", // the file: LEVEL_1; Alkboard's stronger evidence is resistance R2
            "Lorlatinib DifferentLevel", // the file: 3A; Alkboard: 4
            "Dabrafenib NotLeveledByAlkboard",
            "Trametinib NotLeveledByAlkboard",
            "Synthetinib Unresolved", // outside the vocabulary: shown as given
            "Alectinib OppositeDirection", // LEVEL_R3 (no Alkboard level) against Alkboard's sensitivity evidence only
        ]);
        c.Disagreements.Select(d => d.Kind).ShouldBe([
            OncoKbDisagreementKind.OppositeDirection, OncoKbDisagreementKind.DifferentLevel, OncoKbDisagreementKind.NotLeveledByAlkboard,
            OncoKbDisagreementKind.NotLeveledByAlkboard, OncoKbDisagreementKind.UnresolvedDrug, OncoKbDisagreementKind.OppositeDirection,
            OncoKbDisagreementKind.Oncogenicity]);
        c.Disagreements[1].Text.ShouldBe("the file levels Lorlatinib LEVEL_3A (level 3A); Alkboard's strongest sensitivity level for lorlatinib is 4");
        c.Disagreements[^1].Text.ShouldStartWith("the file calls it 'Likely Neutral'; Alkboard holds");
    }

    [Fact]
    public void The_comparison_reads_the_interpretation_and_leaves_it_as_it_was()
    {
        var annotation = ImportFixtures.Import("oncokb.annotated.maf").OncoKb[1];
        var alkboard = Interpreter.Interpret("ALK p.F1174L", "IMT", Kb.Instance);

        OncoKbComparer.Compare(annotation, alkboard, "IMT", Kb.Instance);

        static string[] Levels(Interpretation r) => [.. r.Implications.Select(i => $"{i.Drug} {i.Level} {i.Direction} {i.StatementId}")];
        Levels(alkboard).ShouldBe(Levels(Interpreter.Interpret("ALK p.F1174L", "IMT", Kb.Instance)));
        alkboard.Implications.ShouldNotContain(i => i.Drug == "dabrafenib");
    }

    [Fact]
    public void A_drug_outside_the_vocabulary_is_unresolved_not_matched_by_spelling()
    {
        var c = Compare("oncokb.annotated.maf", 2);

        var amg = c.Drugs.ShouldHaveSingleItem();
        (amg.Drug.Written, amg.Drug.Resolved, amg.Agreement).ShouldBe(("AMG-510", null, OncoKbAgreement.Unresolved));
        c.Disagreements.ShouldHaveSingleItem().Kind.ShouldBe(OncoKbDisagreementKind.UnresolvedDrug);
    }

    [Fact]
    public void A_reversed_fusion_agrees_where_alkboard_levels_the_same_including_a_drug_known_only_from_civic()
    {
        var c = Compare("oncokb.annotated.fusions.txt", 0);

        // Review 2, F9b: the file's Erlotinib LEVEL_R2 against Alkboard's erlotinib R2 (CIViC EID 1121)
        // was "unresolved" because both sides went through the case vocabulary, which holds no
        // CIViC-only therapy; both now resolve the same way and compare by canonical name.
        c.Alteration.ShouldBe("EML4::ALK");
        c.Drugs.Select(d => $"{d.Drug.Written} {d.Agreement}").ShouldBe(["Crizotinib Agrees", "Alectinib Agrees", "Erlotinib Agrees"]);
        var erlotinib = c.Drugs[2];
        (erlotinib.Drug.Resolved?.Value, erlotinib.Drug.FromCivicOnly, erlotinib.AlkboardSameDirection).ShouldBe(("erlotinib", true, EvidenceLevel.LevelR2));
        (c.Drugs[0].Drug.Resolved?.Value, c.Drugs[0].Drug.FromCivicOnly).ShouldBe(("crizotinib", false));
        c.Disagrees.ShouldBeFalse();
        c.Alkboard.ShouldContain(new AlkboardDrugLevels("erlotinib", null, EvidenceLevel.LevelR2));
    }

    [Fact]
    public void A_fusion_the_file_does_not_orient_is_compared_as_alkboard_reads_it_and_the_comparison_says_so()
    {
        var fusion = Compare("oncokb.annotated.fusions.txt", 0);
        var variant = Compare("oncokb.annotated.maf", 0);

        fusion.Notes.ShouldHaveSingleItem().ShouldStartWith("orientation not given by the file: Alkboard's levels are for EML4::ALK, its reading of the pair; "
            + "ALK is read as 3' only because it is the fusion kinase; if the event is ALK::EML4, the ALK kinase domain is not in the fusion");
        fusion.Disagreements.ShouldNotContain(d => d.Text.Contains("orientation", StringComparison.Ordinal));
        variant.Notes.ShouldBeEmpty();
    }

    /// <summary>
    /// Each rule on one drug, for ALK F1174L in IMT, where Alkboard holds crizotinib 4 (sensitivity)
    /// and R2 (resistance) and lorlatinib 4, erlotinib nothing; and for EML4::ALK, where it holds
    /// erlotinib R2 from CIViC. The levels are synthetic claims.
    /// </summary>
    [Theory]
    [InlineData("ALK p.F1174L", "LEVEL_R2", "Crizotinib", OncoKbAgreement.Agrees)]
    [InlineData("ALK p.F1174L", "LEVEL_4", "Crizotinib", OncoKbAgreement.Agrees)] // same level and direction, though the resistance evidence is stronger
    [InlineData("ALK p.F1174L", "LEVEL_4", "Xalkori", OncoKbAgreement.Agrees)] // a brand: compared by its canonical name
    [InlineData("ALK p.F1174L", "LEVEL_4", "PF-02341066", OncoKbAgreement.Agrees)] // a research code
    [InlineData("ALK p.F1174L", "LEVEL_1", "Crizotinib", OncoKbAgreement.OppositeDirection)]
    [InlineData("ALK p.F1174L", "LEVEL_3B", "Crizotinib", OncoKbAgreement.OppositeDirection)]
    [InlineData("ALK p.F1174L", "LEVEL_R1", "Crizotinib", OncoKbAgreement.DifferentLevel)]
    [InlineData("ALK p.F1174L", "LEVEL_R3", "Crizotinib", OncoKbAgreement.NoEquivalentLevel)]
    [InlineData("ALK p.F1174L", "LEVEL_4", "Lorlatinib", OncoKbAgreement.Agrees)]
    [InlineData("ALK p.F1174L", "LEVEL_R2", "Erlotinib", OncoKbAgreement.NotLeveledByAlkboard)] // known (from CIViC), not leveled for F1174L
    [InlineData("EML4::ALK", "LEVEL_R2", "Erlotinib", OncoKbAgreement.Agrees)]
    [InlineData("EML4::ALK", "LEVEL_R2", "ERLOTINIB", OncoKbAgreement.Agrees)] // case-insensitive, as the vocabulary
    [InlineData("EML4::ALK", "LEVEL_R1", "Erlotinib", OncoKbAgreement.DifferentLevel)]
    [InlineData("EML4::ALK", "LEVEL_3A", "Erlotinib", OncoKbAgreement.OppositeDirection)]
    [InlineData("EML4::ALK", "LEVEL_R2", "Tarceva", OncoKbAgreement.Unresolved)] // no other name of a CIViC-only therapy is known: never matched by spelling
    [InlineData("EML4::ALK", "LEVEL_R2", "Erlotinibum", OncoKbAgreement.Unresolved)]
    public void One_drug_is_compared_by_its_canonical_name_and_the_same_level_in_the_same_direction_agrees(string alteration, string column, string drug, OncoKbAgreement expected)
    {
        var (level, direction) = OncoKbLevels.Therapeutic(column)!.Value;
        var resolved = Kb.Instance.EvidenceDrugOf(drug);
        var treatment = new OncoKbTreatment(column, level, direction, drug, [new OncoKbDrug(drug, resolved?.Name, resolved?.FromCivicOnly ?? false)]);
        var annotation = ImportFixtures.Import("oncokb.annotated.maf").OncoKb[0] with { Treatments = [treatment] };

        var c = OncoKbComparer.Compare(annotation, Interpreter.Interpret(alteration, "IMT", Kb.Instance), "IMT", Kb.Instance);

        var compared = c.Drugs.ShouldHaveSingleItem();
        compared.Agreement.ShouldBe(expected);
        compared.Disagrees.ShouldBe(expected is not (OncoKbAgreement.Agrees or OncoKbAgreement.NoEquivalentLevel));
        c.Disagreements.Any(d => d.Kind != OncoKbDisagreementKind.Oncogenicity).ShouldBe(compared.Disagrees);
    }

    [Fact]
    public void A_drug_known_only_from_civic_resolves_for_comparison_but_stays_outside_the_case_vocabulary()
    {
        var erlotinib = Kb.Instance.EvidenceDrugOf(" Erlotinib ").ShouldNotBeNull();

        (erlotinib.Name.Value, erlotinib.FromCivicOnly).ShouldBe(("erlotinib", true));
        Kb.Instance.Vocabulary.Resolve("Erlotinib").ShouldBeNull();
        Kb.Instance.EvidenceDrugOf("Xalkori").ShouldBe(new EvidenceDrug(Alkboard.Core.Cases.DrugName.Of("crizotinib"), FromCivicOnly: false));
        Kb.Instance.EvidenceDrugOf("AMG-510").ShouldBeNull();
    }

    [Fact]
    public void Alkboards_levels_are_for_its_tumor_type_so_another_one_changes_the_comparison()
    {
        var imt = Compare("oncokb.annotated.fusions.txt", 0, "IMT");
        var nsclc = Compare("oncokb.annotated.fusions.txt", 0, "NSCLC");

        var (inImt, inNsclc) = (imt.Drugs.Single(d => d.Drug.Written == "Alectinib"), nsclc.Drugs.Single(d => d.Drug.Written == "Alectinib"));
        (inImt.AlkboardSameDirection, inImt.Agreement).ShouldBe((EvidenceLevel.Level3A, OncoKbAgreement.Agrees));
        (nsclc.TumorType, inNsclc.AlkboardSameDirection, inNsclc.Agreement).ShouldBe(("NSCLC", EvidenceLevel.Level1, OncoKbAgreement.DifferentLevel));
    }

    [Fact]
    public void Compare_all_interprets_each_annotated_result_itself()
    {
        var annotations = ImportFixtures.Import("oncokb.annotated.cna.txt").OncoKb;

        var c = OncoKbComparer.CompareAll(annotations, "IMT", Kb.Instance).ShouldHaveSingleItem();

        c.Alteration.ShouldBe("MET amplification");
        c.Drugs.ShouldHaveSingleItem().Agreement.ShouldBe(OncoKbAgreement.NotLeveledByAlkboard);
    }
}
