using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Recist;
using Alkboard.Core.Recommendation;
using Alkboard.Core.Tests.Support;
using static Alkboard.Core.Tests.Recommendation.RecommendationTestCases;

namespace Alkboard.Core.Tests.Recist;

/// <summary>
/// Defects 1–3 of the December 2026 clinical review: a baseline outside the window or failing the
/// RECIST checks makes only the target sum not evaluable, never hides a progression; nothing after
/// the first progression counts in the best overall response. Eisenhauer 2009 (doi:10.1016/j.ejca.2008.10.026).
/// The two review cases are copied (synthetic) under Recist/Cases.
/// </summary>
public class ProgressionIsNeverHiddenTests
{
    internal static PatientCase Fixture(string name)
    {
        var loaded = CaseLoader.LoadFile(Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Recist", "Cases", name), Kb.Instance.Vocabulary);
        loaded.Errors.ShouldBeEmpty();
        return loaded.Case!;
    }

    private static readonly RecistOptions NarrowWindow = new(BaselineWindowDays: 2);

    [Fact]
    public void Two_new_liver_lesions_are_PD_although_the_baseline_was_35_days_before_crizotinib()
    {
        // RECIST 1.1 §4.3.5 and Table 1: the appearance of new lesions is PD, whatever the timing of the baseline.
        // RECIST 1.1 §3.2.1: a baseline more than 4 weeks before the start cannot serve for the target sum (target NE).
        var line = RecistEngine.Evaluate(Fixture("recist-baseline-too-early-new-lesion.yaml")).Lines.Single();

        var tp = line.Timepoints.Single();
        tp.AssessmentId.ShouldBe("w10");
        tp.Source.ShouldBe("computed");
        tp.NewLesions.ShouldBe(true);
        tp.TargetResponse.ShouldBe(ResponseCategory.NE);
        tp.TargetSum.ShouldBeNull();
        tp.OverallResponse.ShouldBe(ResponseCategory.PD);
        line.BaselineAssessment.ShouldBeNull();
        line.BaselineSum.ShouldBeNull();
        line.BestOverallResponse.ShouldBe(ResponseCategory.PD);
        line.Responder.ShouldBe(false);
        line.ProgressionFreeSurvival!.Event.ShouldBeTrue();
        line.ProgressionFreeSurvival.To.ShouldBe("2023-05-20");
        line.Notes.ShouldContain(n => n.Contains("'base' (2023-02-03) is more than 28 days before the start", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tumor_board_sees_progression_when_new_lesions_follow_a_too_early_baseline()
    {
        // RECIST 1.1 §4.3.5: new lesions are PD; the recommendation must not read the line as responding.
        var r = Recommend(Fixture("recist-baseline-too-early-new-lesion.yaml"));

        r.DecisionPoint.ShouldBe(DecisionPoint.SystemicProgression);
    }

    [Fact]
    public void Unequivocal_non_target_progression_is_PD_with_a_baseline_outside_the_window()
    {
        // RECIST 1.1 §4.3.3 and Table 1: unequivocal progression of non-target lesions is PD.
        var c = SyntheticCase.Line("  - { id: T1, site: lung, category: target }\n  - { id: NT1, site: pleura, category: non_target }", "T1:50 NT1:present", "T1:45 NT1:pd");

        var tp = RecistEngine.Evaluate(c, NarrowWindow).Lines.Single().Timepoints.Single();

        tp.TargetResponse.ShouldBe(ResponseCategory.NE);
        tp.NonTargetResponse.ShouldBe(ResponseCategory.PD);
        tp.OverallResponse.ShouldBe(ResponseCategory.PD);
    }

    [Fact]
    public void Target_shrinkage_against_a_baseline_outside_the_window_is_not_a_response()
    {
        // RECIST 1.1 §3.2.1: baseline "never more than 4 weeks before the beginning of the treatment"; only the target sum becomes NE.
        var line = RecistEngine.Evaluate(SyntheticCase.Sums(100, 50), NarrowWindow).Lines.Single();

        line.Timepoints.Single().TargetResponse.ShouldBe(ResponseCategory.NE);
        line.Timepoints.Single().OverallResponse.ShouldBe(ResponseCategory.NE);
        line.BestOverallResponse.ShouldBe(ResponseCategory.NE);
        line.Responder.ShouldBe(false);
        line.TimeToResponse.ShouldBeNull();
    }

    [Fact]
    public void A_new_lesion_is_PD_even_when_the_baseline_fails_the_RECIST_checks()
    {
        // RECIST 1.1 §4.3.5: a new lesion is PD; an unmeasurable 9 mm target (§3.1.1, ALK-RECIST-001) only makes the target sum NE.
        var c = SyntheticCase.Line("  - { id: T1, site: lung, category: target }\n  - { id: X1, site: liver, category: new }", "T1:9", "T1:9 X1:12");

        var report = RecistEngine.Evaluate(c);

        report.Problems.Single().Code.ShouldBe(RecistProblemCodes.TargetNotMeasurable);
        var tp = report.Lines.Single().Timepoints.Single();
        tp.TargetResponse.ShouldBe(ResponseCategory.NE);
        tp.OverallResponse.ShouldBe(ResponseCategory.PD);
        report.Lines.Single().BestOverallResponse.ShouldBe(ResponseCategory.PD);
    }

    [Fact]
    public void Every_declared_target_missing_at_baseline_is_flagged_and_the_line_says_so()
    {
        // RECIST 1.1 §4.2: all target lesions are recorded and measured at baseline (ALK-RECIST-005 for each one missing).
        var c = SyntheticCase.Line(
            "  - { id: T1, site: lung, category: target }\n  - { id: T2, site: liver, category: target }\n  - { id: T3, site: adrenal, category: target }",
            "T1:30", "T1:30 T2:20");

        var report = RecistEngine.Evaluate(c);

        report.Problems.Where(p => p.Code == RecistProblemCodes.TargetNotMeasuredAtBaseline).Select(p => p.LesionId).ShouldBe(["T2", "T3"]);
        var line = report.Lines.Single();
        line.Notes.ShouldContain(n => n.Contains("ALK-RECIST-005 T2", StringComparison.Ordinal) && n.Contains("ALK-RECIST-005 T3", StringComparison.Ordinal));
        line.Timepoints.Single().TargetResponse.ShouldBe(ResponseCategory.NE);
        line.BaselineSum.ShouldBeNull();
    }

    [Fact]
    public void A_partial_response_after_progression_is_not_the_best_overall_response()
    {
        // RECIST 1.1 §4.4 (CLINICAL-LOGIC §6): the best response recorded from the start of treatment until progression.
        var line = RecistEngine.Evaluate(SyntheticCase.Sums(100, 90, 130, 50)).Lines.Single();

        line.Timepoints.Select(t => t.OverallResponse).ShouldBe([ResponseCategory.SD, ResponseCategory.PD, ResponseCategory.PR]);
        line.BestOverallResponse.ShouldBe(ResponseCategory.SD);
        line.Responder.ShouldBe(false);
        line.TimeToResponse.ShouldBeNull();
        line.DurationOfResponse.ShouldBeNull();
        line.ProgressionFreeSurvival!.To.ShouldBe("2020-05-06");
        line.Notes.ShouldContain(n => n.StartsWith("'tp3'", StringComparison.Ordinal) && n.Contains("after the first progression at 'tp2'", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_to_and_duration_of_response_end_no_later_than_the_first_progression()
    {
        // RECIST 1.1 §4.4 and §4.6.2: duration of response runs from the first CR/PR to the first PD.
        var line = RecistEngine.Evaluate(SyntheticCase.Sums(100, 60, 130, 40)).Lines.Single();

        line.BestOverallResponse.ShouldBe(ResponseCategory.PR);
        line.TimeToResponse!.To.ShouldBe("2020-03-11");
        line.DurationOfResponse!.From.ShouldBe("2020-03-11");
        line.DurationOfResponse.To.ShouldBe("2020-05-06");
        line.DurationOfResponse.Event.ShouldBeTrue();
    }

    [Fact]
    public void A_confirmed_response_after_progression_does_not_count_with_confirmation_required()
    {
        // RECIST 1.1 §4.4.3 (Table 3) and §4.6.1: CR/PR confirmed ≥ 4 weeks later; the PD in between ends the evaluation.
        var line = RecistEngine.Evaluate(SyntheticCase.Sums(100, 60, 130, 60, 60), new RecistOptions(RequireConfirmation: true)).Lines.Single();

        line.BestOverallResponse.ShouldBe(ResponseCategory.SD);
        line.TimeToResponse.ShouldBeNull();
    }

    [Fact]
    public void Review_case_best_response_after_progression_is_SD_and_the_board_sees_progression()
    {
        // RECIST 1.1 §4.4: nothing after the first PD (w16) counts; w28 follows radiotherapy of T1 and is not evaluable.
        var c = Fixture("recist-bor-after-pd.yaml");
        var line = RecistEngine.Evaluate(c).Lines.Single();

        line.Timepoints.Select(t => t.OverallResponse).ShouldBe([ResponseCategory.SD, ResponseCategory.PD, ResponseCategory.NE]);
        line.BestOverallResponse.ShouldBe(ResponseCategory.SD);
        line.TimeToResponse.ShouldBeNull();
        line.ProgressionFreeSurvival!.To.ShouldBe("2023-06-23");
        Recommend(c).DecisionPoint.ShouldBe(DecisionPoint.SystemicProgression);
    }
}
