using Alkboard.Core.Cases;
using Alkboard.Core.Recommendation;
using Alkboard.Core.Tests.Support;
using static Alkboard.Core.Tests.Recommendation.RecommendationTestCases;

namespace Alkboard.Core.Tests.Recommendation;

/// <summary>Each rule of the decision routine (CLINICAL-LOGIC.md section 5) on a case made for it; sources in RecommendationRules.</summary>
public class RuleTests
{
    [Fact]
    public void R1_without_ALK_status_the_first_option_is_ALK_testing__seed_002_figure_3()
    {
        var c = SyntheticCase.Load("""
            schemaVersion: 1
            source: { citation: "Synthetic", synthetic: true }
            patient: { id: s, sex: male, ageAtDiagnosis: 10 }
            diagnoses: [ { date: 2020-01, histology: imt, extent: metastatic } ]
            """);

        var r = Recommend(c);

        r.DecisionPoint.ShouldBe(DecisionPoint.AlkStatusUnknown);
        r.Options[0].Kind.ShouldBe(OptionKind.Test);
        r.TestsToOrder.Single().Test.ShouldContain("ALK immunohistochemistry");
        r.RulesApplied.ShouldBe([RecommendationRules.TestAlkStatus.Id]);
    }

    [Fact]
    public void R2_ALK_negative_tests_the_other_drivers_and_ranks_no_ALK_inhibitor__seed_000_patient_2()
    {
        var r = Recommend(Seed("seed-000-p2-alk-negative-imt.yaml"));

        r.DecisionPoint.ShouldBe(DecisionPoint.AlkNegative);
        r.Options[0].Title.ShouldContain("ROS1, NTRK1, NTRK2, NTRK3, RET and PDGFRB");
        r.Options.ShouldNotContain(o => o.Kind == OptionKind.Drug);
    }

    [Fact]
    public void R3_localized_disease_without_therapy_ranks_resection_first__seed_003_introduction()
    {
        var r = Recommend(Synthetic(string.Empty, extent: "localized"));

        r.DecisionPoint.ShouldBe(DecisionPoint.LocalizedResectable);
        r.Options[0].Kind.ShouldBe(OptionKind.Surgery);
    }

    [Fact]
    public void R4_advanced_disease_ranks_approved_crizotinib_first_without_brain_metastases__FDA_2022()
    {
        // The FDA decision is dated 2022-07-14: a decision in 2023 sees it.
        var r = Recommend(Synthetic(string.Empty), new AsOf(PartialDate.ParseOrThrow("2023-01"), null), jurisdiction: "US");

        r.DecisionPoint.ShouldBe(DecisionPoint.AdvancedNoAlkInhibitor);
        r.Options[0].Drugs.ShouldBe(["crizotinib"]);
        r.Options[0].Factors.ShouldContain(f => f.Kind == FactorKind.Approval && f.Effect > 0);
    }

    [Fact]
    public void R4_brain_metastases_move_CNS_active_inhibitors_above_crizotinib__seed_003_seed_004()
    {
        var r = Recommend(Synthetic(string.Empty, cns: "true"));

        r.Options[0].Drugs.ShouldBe(["alectinib"]);
        r.Options.Single(o => o.Drugs.Contains("crizotinib")).Factors.ShouldContain(f => f.Name == "CNS disease" && f.Effect < 0);
    }

    [Fact]
    public void R5_responding_continues_the_drug_and_offers_resection_of_residual_disease__seed_002()
    {
        var r = Recommend(Synthetic("""
            therapyLines: [ { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, reasonStopped: ongoing } ]
            assessments: [ { date: 2020-04, line: 1, reportedResponse: PR } ]
            """));

        r.DecisionPoint.ShouldBe(DecisionPoint.RespondingOnTherapy);
        r.Options[0].Title.ShouldBe("continue crizotinib");
        r.Options[1].Kind.ShouldBe(OptionKind.Surgery);
    }

    [Fact]
    public void R6_oligoprogression_ranks_local_therapy_while_continuing_first__seed_004()
    {
        var r = Seed("seed-000-p1-ranbp2-alk-imt.yaml", afterLine: 3);

        r.DecisionPoint.ShouldBe(DecisionPoint.Oligoprogression);
        r.Options[0].Kind.ShouldBe(OptionKind.LocalTherapy);
        r.Options[0].Title.ShouldContain("continue crizotinib");
        r.Options[0].Warnings.ShouldContain(w => w.Kind == WarningKind.ResistanceAgainstContinuing && w.Text.Contains("F1174L", StringComparison.Ordinal));
    }

    [Fact]
    public void R7_systemic_progression_without_a_new_sample_orders_a_rebiopsy_first__seed_001()
    {
        var r = Seed("seed-001-p1-rrbp1-alk-imt.json", afterLine: 1);

        r.DecisionPoint.ShouldBe(DecisionPoint.SystemicProgression);
        r.Options[0].Kind.ShouldBe(OptionKind.Test);
        r.TestsToOrder.ShouldContain(t => t.Rule == RecommendationRules.RebiopsyAtProgression.Id);
    }

    [Fact]
    public void R8_L1196Q_after_alectinib_ranks_ceritinib_first_and_alectinib_last__seed_001()
    {
        var r = Seed("seed-001-p1-rrbp1-alk-imt.json", afterLine: 2);

        var drugs = r.Options.Where(o => o.Kind == OptionKind.Drug).ToList();
        drugs[0].Drugs.ShouldBe(["ceritinib"]);
        drugs[^1].Drugs.ShouldBe(["alectinib"]);
        drugs[^1].ResistanceToCurrentMutation.ShouldBeTrue();
    }

    [Fact]
    public void R8_without_a_mutation_after_crizotinib_the_next_generation_comes_first__seed_002()
    {
        var r = Recommend(Synthetic("""
            therapyLines: [ { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2021-02, reasonStopped: progression } ]
            """, tests: "  - { id: rebiopsy, date: 2021-02, method: dna_panel, results: [ { kind: negative, genes: [ALK], scope: ALK kinase-domain mutation } ] }"));

        var top = r.Options.First(o => o.Kind == OptionKind.Drug);
        top.Factors.ShouldContain(f => f.Name == "next generation after progression" && f.Effect == 20);
        new[] { "alectinib", "brigatinib", "ceritinib" }.ShouldContain(top.Drugs[0]);
    }

    [Fact]
    public void R9_intolerance_is_not_resistance_the_drug_stays_an_option__seed_002()
    {
        var r = Recommend(Synthetic("""
            therapyLines: [ { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2020-05, reasonStopped: toxicity } ]
            adverseEvents: [ { term: "Alanine aminotransferase increased", grade: 3, drug: crizotinib, action: discontinued } ]
            """));

        r.DecisionPoint.ShouldBe(DecisionPoint.Intolerance);
        var crizotinib = r.Options.Single(o => o.Drugs.Contains("crizotinib"));
        crizotinib.Barred.ShouldBeFalse();
        crizotinib.Factors.ShouldContain(f => f.Name == "prior exposure" && f.Detail.Contains("not resistance", StringComparison.Ordinal));
    }

    [Fact]
    public void R10_a_life_threatening_reaction_bars_rechallenge__seed_002_ARDS()
    {
        var r = Recommend(Synthetic("""
            therapyLines: [ { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2020-03, reasonStopped: toxicity } ]
            adverseEvents: [ { term: "Acute respiratory distress syndrome", grade: 4, drug: crizotinib, action: discontinued } ]
            """));

        var crizotinib = r.Options.Single(o => o.Drugs.Contains("crizotinib"));
        crizotinib.Barred.ShouldBeTrue();
        crizotinib.Rank.ShouldBe(r.Options.Length);
        r.RulesApplied.ShouldContain(RecommendationRules.NoRechallengeAfterLifeThreateningReaction.Id);
    }

    [Fact]
    public void R11_off_label_where_treated_adds_the_access_route__seed_003_Korea()
    {
        // After pazopanib (line 2): the NGS result dated "2022-08/2023-02-09" is known, alectinib not yet started.
        var r = Seed("seed-003-cars1-alk-imt.yaml", afterLine: 2, jurisdiction: "KR");

        r.Options.ShouldContain(o => o.Kind == OptionKind.Trial && o.Title.Contains("KOSMOS-II", StringComparison.Ordinal));
        r.Options.Where(o => o.Kind == OptionKind.Drug).ShouldAllBe(o => o.Warnings.Any(w => w.Kind == WarningKind.OffLabel && w.Text.StartsWith("off-label in KR", StringComparison.Ordinal)));
    }

    [Fact]
    public void R12_after_progression_on_several_inhibitors_trials_and_chemotherapy_are_offered__seed_004()
    {
        var r = Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml", afterLine: 8);

        r.Options.ShouldContain(o => o.Kind == OptionKind.Chemotherapy);
        r.Options.ShouldContain(o => o.Kind == OptionKind.Trial);
    }
}
