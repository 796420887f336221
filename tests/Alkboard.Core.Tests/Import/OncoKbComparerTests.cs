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
    public void A_reversed_fusion_agrees_where_alkboard_levels_the_same_and_an_unresolved_drug_is_flagged()
    {
        var c = Compare("oncokb.annotated.fusions.txt", 0);

        c.Alteration.ShouldBe("EML4::ALK");
        c.Drugs.Select(d => $"{d.Drug.Written} {d.Agreement}").ShouldBe(["Crizotinib Agrees", "Alectinib Agrees", "Erlotinib Unresolved"]);
        c.Disagreements.ShouldHaveSingleItem().Kind.ShouldBe(OncoKbDisagreementKind.UnresolvedDrug);
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
