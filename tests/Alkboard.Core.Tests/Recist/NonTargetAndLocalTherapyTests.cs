using Alkboard.Core.Cases;
using Alkboard.Core.Recist;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Recist;

/// <summary>
/// Defects 4 and 5 of the December 2026 clinical review: non-target-only disease (Eisenhauer 2009
/// Table 2) and lesions treated locally during a line (not evaluable from then on).
/// </summary>
public class NonTargetAndLocalTherapyTests
{
    private const string NonTargetsOnly = "  - { id: NT1, site: pleura, organ: pleura, category: non_target }\n  - { id: NT2, site: mediastinal node, organ: lymph node, lymphNode: true, category: non_target }";

    [Theory]
    [InlineData("NT1:present NT2:present", ResponseCategory.NonCRNonPD)]
    [InlineData("NT1:disappeared NT2:disappeared", ResponseCategory.CR)]
    [InlineData("NT1:pd NT2:present", ResponseCategory.PD)]
    [InlineData("NT1:ne NT2:present", ResponseCategory.NE)]
    public void Non_target_only_disease_has_no_target_sum_and_follows_Table_2(string followUp, ResponseCategory expected)
    {
        // RECIST 1.1 §4.4.1, Table 2 (non-target disease only): CR, non-CR/non-PD, PD or NE; no target sum.
        var line = RecistEngine.Evaluate(SyntheticCase.Line(NonTargetsOnly, "NT1:present NT2:present", followUp)).Lines.Single();

        var tp = line.Timepoints.Single();
        tp.Source.ShouldBe("computed");
        tp.TargetResponse.ShouldBeNull();
        tp.TargetSum.ShouldBeNull();
        tp.ChangeFromBaselinePercent.ShouldBeNull();
        tp.OverallResponse.ShouldBe(expected);
        line.BaselineSum.ShouldBeNull();
    }

    [Fact]
    public void Non_target_only_disease_that_persists_is_a_best_response_of_non_CR_non_PD_not_a_response()
    {
        // RECIST 1.1 §4.4.1 Table 2: non-CR/non-PD is the "stable" category of non-target disease; not a responder.
        var line = RecistEngine.Evaluate(SyntheticCase.Line(NonTargetsOnly, "NT1:present NT2:present", "NT1:present NT2:present")).Lines.Single();

        line.BestOverallResponse.ShouldBe(ResponseCategory.NonCRNonPD);
        line.Responder.ShouldBe(false);
    }

    /// <summary>Crizotinib from 2020-01-15; T1 right lower lobe and T2 liver segment 4 (30 mm each at baseline 2020-01-10).</summary>
    private static LineResponse WithLocalTherapy(string localTherapy, params string[] followUps)
    {
        var dates = new[] { "2020-03-11", "2020-05-06", "2020-07-01" };
        var assessments = string.Join('\n', followUps.Select((f, i) => $"  - {{ id: tp{i + 1}, date: {dates[i]}, observations: [ {f} ] }}"));
        var c = SyntheticCase.Load($$"""
            schemaVersion: 1
            source: { citation: "Synthetic RECIST test", synthetic: true }
            patient: { id: synth-local, sex: female, ageAtDiagnosis: 30 }
            diagnoses: [ { date: 2019-12, histology: imt, extent: metastatic } ]
            therapyLines:
              - { line: 1, agents: [ { drug: crizotinib } ], start: 2020-01-15, reasonStopped: ongoing }
            localTherapies:
              - {{localTherapy}}
            lesions:
              - { id: T1, site: "right lower lobe", organ: lung, category: target }
              - { id: T2, site: "liver segment 4", organ: liver, category: target }
              - { id: NT1, site: "left adrenal", organ: adrenal, category: non_target }
            assessments:
              - { id: tp0, date: 2020-01-10, observations: [ { lesion: T1, sizeMm: 30 }, { lesion: T2, sizeMm: 30 }, { lesion: NT1, state: present } ] }
            {{assessments}}
            """);
        return RecistEngine.Evaluate(c).Lines.Single();
    }

    private const string SbrtToT1 = "{ id: sbrt, kind: radiotherapy, date: 2020-04-01, sites: [right lower lobe], technique: SBRT, doseGy: 50, fractions: 5 }";

    [Fact]
    public void The_disappearance_of_an_irradiated_lesion_is_not_a_response()
    {
        // RECIST 1.1 §3.1.3 (lesions with prior local treatment are not measurable) and §4.4.2 (NE when a target is not evaluable).
        var line = WithLocalTherapy(SbrtToT1,
            "{ lesion: T1, sizeMm: 30 }, { lesion: T2, sizeMm: 30 }, { lesion: NT1, state: present }",
            "{ lesion: T1, state: disappeared }, { lesion: T2, sizeMm: 30 }, { lesion: NT1, state: present }");

        var tp = line.Timepoints[1];
        tp.TargetResponse.ShouldBe(ResponseCategory.NE);
        tp.TargetSum.ShouldBeNull();
        tp.OverallResponse.ShouldBe(ResponseCategory.NE);
        line.BestOverallResponse.ShouldBe(ResponseCategory.SD);
        line.Notes.ShouldContain(n => n.StartsWith("'tp2': T1 (right lower lobe) is not evaluable after radiotherapy 'sbrt' (2020-04-01)", StringComparison.Ordinal));
    }

    [Fact]
    public void Local_therapy_of_a_progressing_lesion_never_turns_the_progression_into_a_response()
    {
        // RECIST 1.1 §4.4: the best response is recorded until progression; the treated lesion leaves the sum from then on.
        var line = WithLocalTherapy(SbrtToT1,
            "{ lesion: T1, sizeMm: 50 }, { lesion: T2, sizeMm: 30 }, { lesion: NT1, state: present }",
            "{ lesion: T1, state: disappeared }, { lesion: T2, sizeMm: 20 }, { lesion: NT1, state: present }");

        line.Timepoints.Select(t => t.OverallResponse).ShouldBe([ResponseCategory.PD, ResponseCategory.NE]);
        line.BestOverallResponse.ShouldBe(ResponseCategory.PD);
        line.Responder.ShouldBe(false);
    }

    [Fact]
    public void Growth_of_the_untreated_targets_is_still_PD_after_local_therapy()
    {
        // RECIST 1.1 §4.4.2: a time point with a target not evaluable is PD when the remaining sum already meets PD.
        var line = WithLocalTherapy(SbrtToT1,
            "{ lesion: T1, sizeMm: 30 }, { lesion: T2, sizeMm: 30 }, { lesion: NT1, state: present }",
            "{ lesion: T1, state: disappeared }, { lesion: T2, sizeMm: 75 }, { lesion: NT1, state: present }");

        line.Timepoints[1].TargetResponse.ShouldBe(ResponseCategory.PD);
        line.Timepoints[1].TargetSum.ShouldBe(75m);
    }

    [Fact]
    public void A_resected_non_target_is_not_evaluable_but_its_unequivocal_progression_is_PD()
    {
        // RECIST 1.1 §4.3.3: unequivocal non-target progression is PD; a lesion removed during the line is otherwise NE.
        const string adrenalectomy = "{ id: adx, kind: surgery, date: 2020-02-20, sites: [left adrenal] }";
        var removed = WithLocalTherapy(adrenalectomy, "{ lesion: T1, sizeMm: 30 }, { lesion: T2, sizeMm: 30 }, { lesion: NT1, state: disappeared }");
        var progressed = WithLocalTherapy(adrenalectomy, "{ lesion: T1, sizeMm: 30 }, { lesion: T2, sizeMm: 30 }, { lesion: NT1, state: unequivocal_progression }");

        removed.Timepoints.Single().NonTargetResponse.ShouldBe(ResponseCategory.NE);
        removed.Timepoints.Single().OverallResponse.ShouldBe(ResponseCategory.SD);
        progressed.Timepoints.Single().OverallResponse.ShouldBe(ResponseCategory.PD);
    }

    [Fact]
    public void A_local_therapy_naming_an_organ_makes_every_lesion_of_that_organ_not_evaluable()
    {
        // The case format ties local therapy to lesions by site only: an organ-wide site is read conservatively.
        var line = WithLocalTherapy("{ id: rfa, kind: ablation, date: 2020-02-20, sites: [liver] }",
            "{ lesion: T1, sizeMm: 30 }, { lesion: T2, state: disappeared }, { lesion: NT1, state: present }");

        line.Timepoints.Single().TargetResponse.ShouldBe(ResponseCategory.NE);
        line.Notes.ShouldContain(n => n.StartsWith("'tp1': T2 (liver segment 4) is not evaluable after ablation 'rfa'", StringComparison.Ordinal));
    }

    [Fact]
    public void Local_therapy_before_the_baseline_and_the_start_leaves_the_lesion_evaluable()
    {
        var line = WithLocalTherapy("{ id: old, kind: radiotherapy, date: 2019-12-20, sites: [right lower lobe] }",
            "{ lesion: T1, sizeMm: 10 }, { lesion: T2, sizeMm: 10 }, { lesion: NT1, state: present }");

        line.Timepoints.Single().TargetResponse.ShouldBe(ResponseCategory.PR);
        line.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void A_local_therapy_that_names_no_followed_lesion_is_noted()
    {
        var line = WithLocalTherapy("{ id: rt-bone, kind: radiotherapy, date: 2020-02-20, sites: [T10 vertebra] }",
            "{ lesion: T1, sizeMm: 10 }, { lesion: T2, sizeMm: 10 }, { lesion: NT1, state: present }");

        line.Timepoints.Single().TargetResponse.ShouldBe(ResponseCategory.PR);
        line.Notes.ShouldContain(n => n.StartsWith("radiotherapy 'rt-bone' (2020-02-20) during this line names no lesion it follows", StringComparison.Ordinal));
    }
}
