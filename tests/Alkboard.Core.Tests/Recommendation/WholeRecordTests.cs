using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Recommendation;
using Alkboard.Core.Tests.Support;
using static Alkboard.Core.Tests.Recommendation.RecommendationTestCases;

namespace Alkboard.Core.Tests.Recommendation;

/// <summary>
/// Issue 12: reading the whole record as a clinician would. The fixtures are the synthetic cases of
/// the clinical review, copied into Recommendation/Cases (and structured variants of three of them).
/// </summary>
public class WholeRecordTests
{
    private static CaseLoadResult LoadResult(string name) =>
        CaseLoader.LoadFile(Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Recommendation", "Cases", name), Kb.Instance.Vocabulary);

    private static PatientCase Fixture(string name)
    {
        var loaded = LoadResult(name);
        loaded.Errors.Where(e => e.IsError).ShouldBeEmpty();
        return loaded.Case!;
    }

    private static TreatmentOption Drug(RecommendationReport r, string drug) => r.Options.Single(o => o.Drugs.Contains(drug));

    [Fact]
    public void A_negative_result_scoped_to_secondary_mutations_is_not_an_ALK_negative_result__CLINICAL_LOGIC_5_1()
    {
        var r = Recommend(Fixture("negative-scope-secondary-mutation.yaml"));

        r.DecisionPoint.ShouldNotBe(DecisionPoint.AlkNegative);
        r.AlkStatus.Kind.ShouldBe(AlkStatusKind.PresumedFromResponse);
        r.AlkStatus.Reasons.ShouldContain(reason => reason.Contains("is not a rearrangement test", StringComparison.Ordinal));
        r.Options.ShouldContain(o => o.Kind == OptionKind.Drug && o.Drugs.Contains("alectinib"));
        r.Options.ShouldContain(o => o.Kind == OptionKind.Test && o.Rule == RecommendationRules.ConfirmAlkStatus.Id);
    }

    [Fact]
    public void A_structural_variant_breakend_in_ALK_without_partner_or_exons_leaves_ALK_status_unconfirmed_while_FISH_establishes_it()
    {
        var breakend = Synthetic(string.Empty, tests: "  - { id: sv, date: 2020-01, method: wgs, results: [ { kind: fusion, threePrime: ALK, breakpoint: \"2:29446394 N[chr5:1000[\" } ] }");
        var fish = Synthetic(string.Empty, tests: "  - { id: fish, date: 2020-01, method: fish, results: [ { kind: fusion, threePrime: ALK } ] }");

        // The default synthetic record already carries an RNA EML4::ALK call; strip it to test the breakend alone.
        var alone = breakend with { MolecularTests = [.. breakend.MolecularTests.Where(t => t.Id == "sv")] };
        var fishAlone = fish with { MolecularTests = [.. fish.MolecularTests.Where(t => t.Id == "fish")] };

        Recommend(alone).AlkStatus.Kind.ShouldBe(AlkStatusKind.Unconfirmed);
        Recommend(alone).AlkStatus.Reasons.ShouldContain(r => r.Contains("naming neither a partner nor the retained exons", StringComparison.Ordinal));
        Recommend(fishAlone).AlkStatus.Kind.ShouldBe(AlkStatusKind.Positive);
    }

    [Fact]
    public void An_out_of_frame_DNA_call_with_negative_IHC_does_not_establish_ALK_positivity__CLINICAL_LOGIC_5_1()
    {
        var r = Recommend(Fixture("out-of-frame-fusion.yaml"));

        r.DecisionPoint.ShouldBe(DecisionPoint.AlkStatusUnconfirmed);
        r.Options.ShouldNotContain(o => o.Kind == OptionKind.Drug);
        r.Options[0].Kind.ShouldBe(OptionKind.Test);
        r.Options[0].Title.ShouldContain("RNA-based NGS");
    }

    [Fact]
    public void Positive_IHC_and_negative_FISH_are_reported_as_discordant_and_the_confirming_test_is_ordered()
    {
        var r = Recommend(Synthetic(string.Empty, tests: """
              - { id: ihc, date: 2020-01, method: ihc, results: [ { kind: ihc, marker: ALK, result: positive } ] }
              - { id: fish, date: 2020-01, method: fish, results: [ { kind: negative, genes: [ALK], scope: "ALK rearrangement" } ] }
            """));

        r.AlkStatus.Kind.ShouldBe(AlkStatusKind.Discordant);
        r.Options.ShouldContain(o => o.Rule == RecommendationRules.ConfirmAlkStatus.Id);
    }

    [Fact]
    public void Hys_law_on_crizotinib_bars_crizotinib_and_warns_the_next_inhibitor__XALKORI_label_dose_modifications()
    {
        // XALKORI: permanently discontinue for ALT/AST > 3 x ULN with total bilirubin > 1.5 x ULN (CTCAE v5: grade >= 2 each).
        var r = Recommend(Fixture("hepatotox-hys-law-crizotinib.yaml"));

        var crizotinib = Drug(r, "crizotinib");
        crizotinib.Barred.ShouldBeTrue();
        crizotinib.Factors.ShouldContain(f => f.Kind == FactorKind.LabelDiscontinuation);
        crizotinib.Title.ShouldNotContain("reduced dose");
        r.Options.Last().Drugs.ShouldBe(["crizotinib"]);
        Drug(r, "alectinib").Warnings.ShouldContain(w => w.Kind == WarningKind.ClassRisk && w.Text.Contains("hepatotoxicity", StringComparison.Ordinal));
    }

    [Fact]
    public void Torsades_on_crizotinib_bars_it_and_warns_ceritinib_of_QT_prolongation__XALKORI_and_ZYKADIA_labels()
    {
        var r = Recommend(Fixture("qtc-bradycardia-crizotinib.yaml"));

        Drug(r, "crizotinib").Barred.ShouldBeTrue();
        Drug(r, "ceritinib").Warnings.ShouldContain(w => w.Kind == WarningKind.ClassRisk && w.Text.Contains("QTc prolongation", StringComparison.Ordinal));
        Drug(r, "alectinib").Warnings.ShouldContain(w => w.Kind == WarningKind.ClassRisk && w.Text.Contains("bradycardia", StringComparison.Ordinal));
    }

    [Fact]
    public void Severe_hepatic_impairment_before_treatment_gives_the_crizotinib_label_dose__XALKORI_2_5()
    {
        var r = Recommend(Fixture("hepatic-impairment-measured.yaml"));

        Drug(r, "crizotinib").Warnings.ShouldContain(w => w.Kind == WarningKind.OrganFunction && w.Text.Contains("250 mg orally once daily", StringComparison.Ordinal));
        // ALECENSA reduces in Child-Pugh C: bilirubin alone does not give Child-Pugh, so the report says so instead of guessing.
        Drug(r, "alectinib").Warnings.ShouldContain(w => w.Kind == WarningKind.OrganFunction && w.Text.Contains("Child-Pugh class is not recorded", StringComparison.Ordinal));
    }

    [Fact]
    public void A_grade_3_bilirubin_recorded_as_an_adverse_event_reads_as_severe_hepatic_impairment__CTCAE_v5()
    {
        var r = Recommend(Fixture("hepatic-impairment-baseline.yaml"));

        Drug(r, "crizotinib").Warnings.ShouldContain(w => w.Kind == WarningKind.OrganFunction && w.Text.Contains("250 mg orally once daily", StringComparison.Ordinal));
    }

    [Fact]
    public void A_17_year_old_may_be_under_18_and_keeps_the_EU_pediatric_approval()
    {
        var r = Recommend(Fixture("adolescent-17.yaml"), jurisdiction: "EU");

        r.Age!.ToString().ShouldBe("17–18");
        var crizotinib = Drug(r, "crizotinib");
        crizotinib.Factors.ShouldContain(f => f.Kind == FactorKind.Approval && f.Effect == ScoringPolicy.ApprovedWhereTreated);
        crizotinib.Factors.Single(f => f.Kind == FactorKind.AgeAndDose).Detail.ShouldContain("may be under 18");
        r.Options.First(o => o.Kind == OptionKind.Drug).Drugs.ShouldBe(["crizotinib"]);
    }

    [Fact]
    public void A_new_brain_lesion_on_imaging_is_CNS_disease_as_much_as_a_diagnosis_flag()
    {
        var imaging = Recommend(Fixture("cns-only-progression.yaml"));
        var flagged = Recommend(Fixture("cns-only-progression-contrast.yaml"));

        Drug(imaging, "alectinib").Factors.ShouldContain(f => f.Kind == FactorKind.CnsDisease && f.Effect == ScoringPolicy.CnsActivityHigher);
        Drug(imaging, "alectinib").Score.ShouldBe(Drug(flagged, "alectinib").Score);
    }

    [Fact]
    public void A_drug_the_patient_declines_is_ranked_after_every_other_option_with_the_reason()
    {
        var r = Recommend(Fixture("refused-drug-recorded.yaml"), jurisdiction: "US");

        var crizotinib = Drug(r, "crizotinib");
        crizotinib.Factors.ShouldContain(f => f.Kind == FactorKind.PatientDeclines);
        crizotinib.Warnings.ShouldContain(w => w.Kind == WarningKind.PatientDeclines);
        r.Options.Where(o => !o.Barred).Last().ShouldBe(crizotinib);
    }

    [Fact]
    public void A_drug_stopped_by_the_patients_choice_says_so_even_without_a_recorded_refusal()
    {
        var r = Recommend(Fixture("refused-drug.yaml"), jurisdiction: "US");

        Drug(r, "crizotinib").Warnings.ShouldContain(w => w.Kind == WarningKind.PatientDeclines && w.Text.Contains("patient's choice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_progression_is_not_forgotten_after_a_rechallenge_stopped_for_nausea()
    {
        var r = Recommend(Fixture("rechallenge-progressed-then-toxicity.yaml"));

        var crizotinib = Drug(r, "crizotinib");
        crizotinib.Factors.ShouldContain(f => f.Kind == FactorKind.PriorExposure && f.Effect == ScoringPolicy.ProgressedOnIt);
        crizotinib.Factors.Single(f => f.Kind == FactorKind.PriorExposure).Detail.ShouldContain("progressed on it (line 1)");
    }

    [Fact]
    public void Pregnancy_and_a_strong_CYP3A_inhibitor_warn_on_the_ALK_inhibitors__XALKORI_7_1()
    {
        var r = Recommend(Fixture("pregnancy-recorded.yaml"));

        r.Options.Where(o => o.Kind == OptionKind.Drug).ShouldAllBe(o => o.Warnings.Any(w => w.Kind == WarningKind.Pregnancy));
        Drug(r, "crizotinib").Warnings.ShouldContain(w => w.Kind == WarningKind.Interaction && w.Text.StartsWith("clarithromycin", StringComparison.Ordinal));
    }

    [Fact]
    public void Free_text_notes_are_listed_as_not_read()
    {
        var r = Recommend(Fixture("pregnancy.yaml"));

        r.UnreadNotes.ShouldContain(n => n.Contains("16 weeks of gestation", StringComparison.Ordinal));
    }

    [Fact]
    public void G1202R_written_only_as_c_3604G_A_ranks_like_the_protein_change()
    {
        var cdna = Recommend(Fixture("g1202r-cdna-only.yaml"));
        var protein = Recommend(Fixture("g1202r-protein-contrast.yaml"));

        cdna.Options.Select(o => (o.Title, o.Score)).ShouldBe(protein.Options.Select(o => (o.Title, o.Score)));
        cdna.Options.First(o => o.Kind == OptionKind.Drug).Drugs.ShouldBe(["lorlatinib"]);
    }

    [Fact]
    public void Lines_numbered_against_their_dates_are_refused_with_the_line_and_its_date()
    {
        var loaded = LoadResult("lines-out-of-order.yaml");

        loaded.Success.ShouldBeFalse();
        loaded.Errors.Single(e => e.IsError).Code.ShouldBe(CaseErrorCodes.LinesOutOfDateOrder);
    }

    [Fact]
    public void Evidence_observed_after_crizotinib_does_not_carry_a_first_line_choice()
    {
        var r = Recommend(Fixture("recurrence-after-resection.yaml"));

        r.Options.First(o => o.Kind == OptionKind.Drug).Drugs.ShouldBe(["crizotinib"]);
        // Post-crizotinib evidence counts at most as 3B here, like evidence from another tumor type.
        Drug(r, "ceritinib").Factors.Single(f => f.Kind == FactorKind.EvidenceLevel).Effect.ShouldBeLessThanOrEqualTo(ScoringPolicy.Level3B);
        Drug(r, "ceritinib").Factors.ShouldNotContain(f => f.Kind == FactorKind.PartnerEvidence);
    }

    [Fact]
    public void A_response_recorded_after_progression_does_not_make_the_line_responding__RECIST_1_1_section_4_4()
    {
        var r = Recommend(SyntheticCase.Load(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Recist", "Cases", "recist-bor-after-pd.yaml"))));

        r.DecisionPoint.ShouldBeOneOf(DecisionPoint.SystemicProgression, DecisionPoint.Oligoprogression);
    }
}
