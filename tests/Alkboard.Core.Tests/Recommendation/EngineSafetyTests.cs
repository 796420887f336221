using System.Text;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Recommendation;
using Alkboard.Core.Tests.Support;
using static Alkboard.Core.Tests.Recommendation.RecommendationTestCases;

namespace Alkboard.Core.Tests.Recommendation;

/// <summary>Issue 10: the ways the engine could be fooled, each as the situation a tumor board would meet.</summary>
public class EngineSafetyTests
{
    private static AsOf On(string date) => new(PartialDate.ParseOrThrow(date), null);

    private static TreatmentOption Drug(RecommendationReport r, string drug) => r.Options.Single(o => o.Drugs.Contains(drug));

    private const string ProgressedOnXalkori = """
        therapyLines: [ { line: 1, agents: [ { drug: Xalkori } ], start: 2020-02, end: 2021-02, reasonStopped: progression } ]
        """;

    [Fact]
    public void A_misspelt_drug_is_refused_with_the_nearest_name_and_never_corrected()
    {
        var result = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(CaseErrorTableYaml("crizotinibb")), "case.yaml", CaseFileFormat.Yaml, Kb.Instance.Vocabulary);

        result.Success.ShouldBeFalse();
        var error = result.Errors.Single(e => e.Code == CaseErrorCodes.UnknownAgent);
        error.Message.ShouldContain("did you mean 'crizotinib'");
        error.Location.Path.ShouldEndWith(".drug");
    }

    [Fact]
    public void A_brand_name_resolves_to_its_generic_and_the_progression_on_it_counts()
    {
        var r = Recommend(Synthetic(ProgressedOnXalkori));

        r.CaseAsOf.TherapyLines[0].Agents[0].Drug.Value.ShouldBe("crizotinib");
        var crizotinib = Drug(r, "crizotinib");
        crizotinib.Factors.ShouldContain(f => f.Kind == FactorKind.PriorExposure && f.Effect == ScoringPolicy.ProgressedOnIt);
        crizotinib.Factors.ShouldNotContain(f => f.Detail == "not given before");
    }

    [Theory]
    [InlineData("PF-02341066", "crizotinib")]
    [InlineData("LDK378", "ceritinib")]
    [InlineData("CH5424802", "alectinib")]
    [InlineData("AP26113", "brigatinib")]
    [InlineData("PF-06463922", "lorlatinib")]
    [InlineData("X-396", "ensartinib")]
    [InlineData("alunbrig", "brigatinib")]
    public void Research_codes_and_brand_names_resolve_to_one_drug(string written, string generic)
    {
        Kb.Instance.Vocabulary.Resolve(written)!.Value.Value.ShouldBe(generic);
    }

    [Fact]
    public void An_agent_marked_outside_the_vocabulary_is_kept_as_written_and_is_never_an_ALK_inhibitor()
    {
        var r = Recommend(Synthetic("""
            therapyLines: [ { line: 1, agents: [ { drug: "Investigational XYZ-1", outsideVocabulary: true } ], start: 2020-02, end: 2020-12, reasonStopped: progression } ]
            """));

        r.CaseAsOf.TherapyLines[0].Agents[0].ShouldSatisfyAllConditions(a => a.Drug.Value.ShouldBe("investigational xyz-1"), a => a.OutsideVocabulary.ShouldBeTrue());
        r.DecisionPoint.ShouldBe(DecisionPoint.AdvancedNoAlkInhibitor);
    }

    [Fact]
    public void A_drug_class_named_without_a_drug_is_never_an_ALK_inhibitor()
    {
        var r = Recommend(Synthetic("therapyLines: [ { line: 1, agents: [ { drug: corticosteroids } ], start: 2020-02, end: 2020-06, reasonStopped: completed } ]"));

        Kb.Instance.Drugs["corticosteroids"].ShouldSatisfyAllConditions(d => d.IsClass.ShouldBeTrue(), d => d.IsAlkInhibitor.ShouldBeFalse());
        r.DecisionPoint.ShouldBe(DecisionPoint.AdvancedNoAlkInhibitor);
    }

    [Fact]
    public void A_patient_who_died_gets_no_treatment_options_and_the_report_says_why__seed_004()
    {
        var r = Recommend(Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml"));

        r.DecisionPoint.ShouldBe(DecisionPoint.Deceased);
        r.Options.ShouldBeEmpty();
        r.Situation.ShouldContain("the patient died");
        r.RulesApplied.ShouldBe([RecommendationRules.NoTreatmentAfterDeath.Id]);
    }

    [Theory]
    [InlineData("1990", "before the first diagnosis")]
    [InlineData("2099", "more than 1 year after the last dated event")]
    public void A_decision_date_outside_the_record_is_refused_naming_the_record_span(string asOf, string why)
    {
        var problem = RecordSpan.Check(Synthetic(ProgressedOnXalkori), PartialDate.ParseOrThrow(asOf));

        problem.ShouldNotBeNull();
        problem.ShouldContain(why);
        problem.ShouldContain("the record spans 2020-01");
    }

    [Fact]
    public void An_older_single_mutation_is_historical_when_the_latest_biopsy_shows_the_compound()
    {
        // Issue 10 item 3: C1156Y alone, then C1156Y + L1198F: only the compound is the current profile.
        var c = Synthetic("""
            therapyLines:
              - { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2021-01, reasonStopped: progression }
              - { line: 2, agents: [ { drug: lorlatinib } ], start: 2021-02, end: 2022-02, reasonStopped: progression }
            """, tests: """
              - { id: b1, date: 2021-01, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.C1156Y } ] }
              - { id: b2, date: 2022-02, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.C1156Y }, { kind: variant, gene: ALK, hgvsP: p.L1198F } ] }
            """);

        var r = Recommend(c);

        r.MutationStates.Single(m => m.TestId == "b1").State.ShouldBe(AlterationState.Historical);
        r.MutationStates.Single(m => m.TestId == "b2").State.ShouldBe(AlterationState.Present);
        Drug(r, "lorlatinib").Factors.ShouldNotContain(f => f.Kind == FactorKind.MutationSensitivity);
        Drug(r, "lorlatinib").ResistanceToCurrentMutation.ShouldBeTrue();
    }

    [Fact]
    public void A_compound_profile_without_evidence_for_the_whole_warns_every_inhibitor_that_has_only_its_parts__Yoda_2018()
    {
        // Yoda S et al. Cancer Discov 2018 (PMID 29650534): compound ALK mutations selected by sequential
        // inhibitors can confer high-level resistance to ALK inhibitors, lorlatinib included.
        var c = Synthetic("""
            therapyLines:
              - { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2021-01, reasonStopped: progression }
              - { line: 2, agents: [ { drug: alectinib } ], start: 2021-02, end: 2022-02, reasonStopped: progression }
            """, tests: """
              - { id: b2, date: 2022-02, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.G1202R }, { kind: variant, gene: ALK, hgvsP: p.L1196M } ] }
            """);

        var r = Recommend(c);

        var lorlatinib = Drug(r, "lorlatinib");
        lorlatinib.Warnings.ShouldContain(w => w.Kind == WarningKind.CompoundProfileUnstudied && w.Text.Contains("G1202R", StringComparison.Ordinal) && w.Text.Contains("L1196M", StringComparison.Ordinal) && w.Text.Contains("as a whole", StringComparison.Ordinal) && w.Text.Contains("PMID:29650534", StringComparison.Ordinal));
        r.Options.Where(o => o.Drugs.Length > 0 && o.Warnings.Any(w => w.Kind == WarningKind.CompoundProfileUnstudied))
            .ShouldAllBe(o => o.Drugs.All(d => Kb.Instance.Vocabulary.IsAlkInhibitor(DrugName.Of(d))));
    }

    [Fact]
    public void A_compound_with_evidence_for_the_whole_is_not_warned_for_that_drug()
    {
        var c = Synthetic("""
            therapyLines:
              - { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2021-01, reasonStopped: progression }
              - { line: 2, agents: [ { drug: lorlatinib } ], start: 2021-02, end: 2022-02, reasonStopped: progression }
            """, tests: """
              - { id: b2, date: 2022-02, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.C1156Y }, { kind: variant, gene: ALK, hgvsP: p.L1198F } ] }
            """);

        var r = Recommend(c);

        // C1156Y + L1198F has whole-profile evidence for crizotinib (CIViC EID 844, Shaw 2016).
        Drug(r, "crizotinib").Warnings.ShouldNotContain(w => w.Kind == WarningKind.CompoundProfileUnstudied);
    }

    [Fact]
    public void C1156Y_plus_L1198F_after_lorlatinib_brings_crizotinib_back_first__Shaw_2016_NEJM()
    {
        // Shaw AT et al. N Engl J Med 2016 (CIViC EID 844): the double mutation resists lorlatinib and re-sensitises to crizotinib.
        var c = Synthetic("""
            therapyLines:
              - { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2021-01, reasonStopped: progression }
              - { line: 2, agents: [ { drug: ceritinib } ], start: 2021-02, end: 2022-01, reasonStopped: progression }
              - { line: 3, agents: [ { drug: lorlatinib } ], start: 2022-02, end: 2023-02, reasonStopped: progression }
            """, tests: """
              - { id: after-crizotinib, date: 2021-01, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.C1156Y } ] }
              - { id: after-lorlatinib, date: 2023-02, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.C1156Y }, { kind: variant, gene: ALK, hgvsP: p.L1198F } ] }
            """);

        var r = Recommend(c);

        var first = r.Options.First(o => o.Kind == OptionKind.Drug);
        first.Drugs.ShouldBe(["crizotinib"]);
        first.Factors.ShouldContain(f => f.Kind == FactorKind.PriorExposure && f.Effect == ScoringPolicy.ProgressedOnItResensitised);
        first.Factors.Single(f => f.Kind == FactorKind.PriorExposure).Detail.ShouldContain("no longer the whole profile");
    }

    [Fact]
    public void Cellular_data_alone_never_outweighs_an_earlier_progression()
    {
        // The same history with only the old profile: no clinical evidence for a new profile, the progression penalty stays.
        var c = Synthetic("""
            therapyLines:
              - { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2021-01, reasonStopped: progression }
            """, tests: "  - { id: after-crizotinib, date: 2021-01, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.C1156Y } ] }");

        Drug(Recommend(c), "crizotinib").Factors.ShouldContain(f => f.Kind == FactorKind.PriorExposure && f.Effect == ScoringPolicy.ProgressedOnIt);
    }

    [Fact]
    public void A_negative_plasma_test_leaves_a_tissue_finding_possibly_present()
    {
        var c = Synthetic("""
            therapyLines: [ { line: 1, agents: [ { drug: alectinib } ], start: 2020-02, end: 2021-02, reasonStopped: progression } ]
            """, tests: """
              - { id: tissue, date: 2021-02, specimen: { type: tissue }, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.G1202R } ] }
              - { id: plasma, date: 2021-03, specimen: { type: plasma }, method: dna_panel, results: [ { kind: negative, genes: [ALK], scope: "ALK kinase domain mutation" } ] }
            """);

        var r = Recommend(c);

        r.MutationStates.Single().State.ShouldBe(AlterationState.PossiblyPresent);
        r.TestsToOrder.ShouldContain(t => t.Test.Contains("re-test ALK p.G1202R", StringComparison.Ordinal));
    }

    [Fact]
    public void Equal_scores_share_a_rank_and_the_report_says_they_are_tied__seed_001()
    {
        var r = Seed("seed-001-p1-rrbp1-alk-imt.json", afterLine: 1);

        var tied = r.Options.Where(o => o.Rank == 2).ToList();
        tied.Count.ShouldBeGreaterThan(1);
        tied.ShouldAllBe(o => o.Tie != null && o.Tie.StartsWith("tied at score", StringComparison.Ordinal));
        r.Options.Select(o => o.Rank).ShouldBe(r.Options.Select(o => 1 + r.Options.Count(x => x.Score > o.Score && !x.Barred && !x.ResistanceToCurrentMutation)));
    }

    [Fact]
    public void An_untreated_eight_year_old_with_TPM3_ALK_gets_crizotinib_first_not_ceritinib()
    {
        // The ceritinib TPM3-ALK case responded after crizotinib (Mansfield 2016): no partner credit before any therapy.
        var c = Synthetic(string.Empty, tests: "  - { id: rna, date: 2020-01, method: rna_panel, results: [ { kind: fusion, fivePrime: TPM3, threePrime: ALK } ] }", age: 8);

        var r = Recommend(c, On("2023-01"));

        r.Options.First(o => o.Kind == OptionKind.Drug).Drugs.ShouldBe(["crizotinib"]);
        var ceritinib = Drug(r, "ceritinib");
        ceritinib.Factors.ShouldNotContain(f => f.Kind == FactorKind.PartnerEvidence);
        ceritinib.Factors.ShouldContain(f => f.Kind == FactorKind.AgeAndDose && f.Effect == ScoringPolicy.NoSourcedPediatricDose);
    }

    [Fact]
    public void In_2012_only_crizotinib_was_approved_and_the_later_inhibitors_are_investigational()
    {
        var c = SyntheticCase.Load("""
            schemaVersion: 1
            source: { citation: "Synthetic test: a decision in 2012", synthetic: true }
            patient: { id: synth-2012, sex: male, ageAtDiagnosis: 40 }
            diagnoses: [ { date: 2011-05, histology: imt, extent: metastatic, cnsMetastases: false } ]
            molecularTests: [ { id: rna, date: 2011-05, method: rna_panel, results: [ { kind: fusion, fivePrime: EML4, threePrime: ALK } ] } ]
            therapyLines: [ { line: 1, agents: [ { drug: doxorubicin } ], start: 2011-06, end: 2012-01, reasonStopped: progression } ]
            """);

        var r = Recommend(c, On("2012-06"));

        var crizotinib = Drug(r, "crizotinib");
        crizotinib.Kind.ShouldBe(OptionKind.Drug);
        // Its level-1 IMT evidence is the FDA IMT approval of 2022: on 2012-06 it is not level 1.
        crizotinib.Level.ShouldNotBe(EvidenceLevel.Level1);
        crizotinib.Factors.ShouldContain(f => f.Kind == FactorKind.EvidenceLevel && f.Detail.Contains("rests on an approval decided after 2012-06", StringComparison.Ordinal));
        foreach (var later in new[] { "alectinib", "ceritinib", "brigatinib", "lorlatinib", "ensartinib" })
        {
            var option = Drug(r, later);
            option.Kind.ShouldBe(OptionKind.Trial);
            option.Factors.ShouldContain(f => f.Kind == FactorKind.Availability && f.Effect == ScoringPolicy.NotYetApproved);
        }
    }

    [Fact]
    public void A_decision_as_of_a_date_names_each_test_the_record_cannot_place_in_time()
    {
        var c = SyntheticCase.Load("""
            schemaVersion: 1
            source: { citation: "Synthetic test: an undated test", synthetic: true }
            patient: { id: synth-undated, sex: female, ageAtDiagnosis: 40 }
            diagnoses: [ { date: 2020-05, histology: imt, extent: metastatic, cnsMetastases: false } ]
            molecularTests:
              - { id: rna, date: 2020-05, method: rna_panel, results: [ { kind: fusion, fivePrime: EML4, threePrime: ALK } ] }
              - { id: dna-undated, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.G1202R } ] }
            therapyLines: [ { line: 1, agents: [ { drug: crizotinib } ], start: 2020-06, reasonStopped: ongoing } ]
            """);

        var asOf = Recommend(c, On("2020-09"));
        var whole = Recommend(c, null);

        asOf.Assumptions.ShouldBe(["test dna-undated has no date and no line: its results are counted as known on 2020-09; if it was done later, decide again without it"]);
        asOf.Assumptions.ShouldNotContain(a => a.Contains("test rna", StringComparison.Ordinal));
        whole.Assumptions.ShouldBeEmpty();
    }

    [Fact]
    public void An_undated_test_of_a_line_still_running_on_the_decision_date_is_named_as_an_assumption()
    {
        var c = SyntheticCase.Load("""
            schemaVersion: 1
            source: { citation: "Synthetic test: a line-tied test", synthetic: true }
            patient: { id: synth-line-test, sex: female, ageAtDiagnosis: 40 }
            diagnoses: [ { date: 2020-05, histology: imt, extent: metastatic, cnsMetastases: false } ]
            molecularTests:
              - { id: rna, date: 2020-05, method: rna_panel, results: [ { kind: fusion, fivePrime: EML4, threePrime: ALK } ] }
              - { id: end-of-line-2, line: 2, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.I1171N } ] }
            therapyLines:
              - { line: 1, agents: [ { drug: crizotinib } ], start: 2020-06, end: 2021-01, reasonStopped: progression }
              - { line: 2, agents: [ { drug: alectinib } ], start: 2021-02, end: 2022-02, reasonStopped: progression }
            """);

        var during = Recommend(c, On("2021-06"));
        var after = Recommend(c, On("2022-03"));

        during.Assumptions.ShouldHaveSingleItem().ShouldContain("test end-of-line-2 has no date and belongs to line 2, which may still have been running on 2021-06");
        after.Assumptions.ShouldBeEmpty();
    }

    [Fact]
    public void The_trial_option_names_only_trials_that_run_where_the_patient_is_treated()
    {
        var r = Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml", afterLine: 8, "KR");

        var trial = r.Options.Single(o => o.Kind == OptionKind.Trial && o.Drugs.IsEmpty);
        trial.Title.ShouldContain("KOSMOS-II");
        trial.Title.ShouldNotContain("BrigaPED");
    }

    [Fact]
    public void A_trial_with_an_age_limit_is_not_offered_to_an_older_patient_and_the_exclusion_is_named()
    {
        // Seed 004 after line 8 is an adult in 2023; BrigaPED enrols up to 25 years (trials.yaml).
        var r = Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml", afterLine: 8, "EU");

        var trial = r.Options.Single(o => o.Kind == OptionKind.Trial && o.Drugs.IsEmpty);
        trial.Title.ShouldNotContain("BrigaPED");
        trial.Title.ShouldContain("no trial in the knowledge base is known to run there");
        trial.Factors.ShouldContain(f => f.Detail.Contains("excluded by age or prior treatment: BrigaPED", StringComparison.Ordinal));
    }

    [Fact]
    public void The_EU_paediatric_approval_covers_recurrent_or_refractory_disease_only_so_an_untreated_child_is_off_label_there()
    {
        var untreated = Synthetic(string.Empty, age: 8);
        var pretreated = Synthetic("therapyLines: [ { line: 1, agents: [ { drug: doxorubicin } ], start: 2020-02, end: 2020-08, reasonStopped: progression } ]", age: 8);

        var first = Drug(Recommend(untreated, On("2025-01"), "EU"), "crizotinib");
        var later = Drug(Recommend(pretreated, On("2025-01"), "EU"), "crizotinib");

        first.Factors.ShouldContain(f => f.Kind == FactorKind.Approval && f.Effect == 0 && f.Detail.Contains("recurrent or refractory disease only", StringComparison.Ordinal));
        later.Factors.ShouldContain(f => f.Kind == FactorKind.Approval && f.Effect == ScoringPolicy.ApprovedWhereTreated);
    }

    [Fact]
    public void CNS_evidence_is_not_counted_for_a_drug_that_was_still_investigational_on_the_decision_date()
    {
        var c = SyntheticCase.Load("""
            schemaVersion: 1
            source: { citation: "Synthetic test: brain metastases in 2011", synthetic: true }
            patient: { id: synth-cns-2011, sex: female, ageAtDiagnosis: 40 }
            diagnoses: [ { date: 2011-05, histology: imt, extent: metastatic, cnsMetastases: true } ]
            molecularTests: [ { id: rna, date: 2011-05, method: rna_panel, results: [ { kind: fusion, fivePrime: EML4, threePrime: ALK } ] } ]
            """);

        var in2012 = Drug(Recommend(c, On("2012-06")), "alectinib");
        var in2020 = Drug(Recommend(c, On("2020-06")), "alectinib");

        in2012.Factors.Single(f => f.Kind == FactorKind.CnsDisease).Effect.ShouldBe(0);
        in2020.Factors.Single(f => f.Kind == FactorKind.CnsDisease).Effect.ShouldBe(ScoringPolicy.CnsActivityHigher);
    }

    [Fact]
    public void A_tie_says_which_tied_options_have_the_same_factors_and_which_only_the_same_sum()
    {
        // Seed 000 patient 1 after line 3 (2007): the alectinib and lorlatinib trials carry the same
        // points factor by factor; the general trial option and chemotherapy reach score 10 by other factors.
        var r = Seed("seed-000-p1-ranbp2-alk-imt.yaml", afterLine: 3);
        var alectinib = r.Options.Single(o => o.Drugs.SequenceEqual(["alectinib"]));

        alectinib.Tie.ShouldNotBeNull();
        alectinib.Tie.ShouldContain("with clinical trial of lorlatinib (investigational on 2007-06), the knowledge base weighs them equally");
        alectinib.Tie.ShouldContain("their factors differ but sum to the same score");
    }

    [Fact]
    public void CNS_activity_does_not_count_for_a_drug_the_disease_progressed_on()
    {
        // Seed 004 after line 8: progression on lorlatinib with CNS disease on record.
        var lorlatinib = Drug(Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml", afterLine: 8), "lorlatinib");

        lorlatinib.Factors.Single(f => f.Kind == FactorKind.CnsDisease).Effect.ShouldBe(0);
        lorlatinib.Factors.ShouldContain(f => f.Kind == FactorKind.PriorExposure && f.Effect == ScoringPolicy.ProgressedOnIt);
    }

    [Fact]
    public void Continue_shows_the_dose_the_patient_is_on_now__seed_003()
    {
        var r = Recommend(Seed("seed-003-cars1-alk-imt.yaml"), jurisdiction: "KR");

        var dose = r.Options.Single(o => o.Title == "continue alectinib").Factors.Single(f => f.Kind == FactorKind.AgeAndDose).Detail;
        dose.ShouldContain("the patient's current dose: 450 mg once daily");
    }

    [Fact]
    public void A_child_dose_uses_body_surface_area_when_weight_and_height_are_recorded()
    {
        // Mosteller: sqrt(120 cm x 25 kg / 3600) = 0.91 m²; crizotinib 280 mg/m² -> 256 mg before rounding to the label's table.
        var c = Synthetic("patientStatus: [ { date: 2022-12, weightKg: 25, heightCm: 120 } ]", age: 8);

        var detail = Drug(Recommend(c, On("2023-01")), "crizotinib").Factors.Single(f => f.Kind == FactorKind.AgeAndDose).Detail;

        detail.ShouldContain("body-surface area 0.91 m²");
        detail.ShouldContain("= 256 mg per dose");
    }

    private static string CaseErrorTableYaml(string drug) => Cases.CaseErrorTable.ValidYaml.Replace("drug: crizotinib, dose:", $"drug: {drug}, dose:", StringComparison.Ordinal);
}
