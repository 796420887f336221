using Alkboard.Core.Cases;
using Alkboard.Core.Recist;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Recist;

/// <summary>Baseline rules, best overall response, confirmation and SD timing (Eisenhauer 2009, sections 3, 4.4).</summary>
public class BaselineAndBestResponseTests
{
    [Theory]
    [InlineData("  - { id: T1, site: lung, category: target }", "T1:9", RecistProblemCodes.TargetNotMeasurable)]
    [InlineData("  - { id: N1, site: node, lymphNode: true, category: target }", "N1:14", RecistProblemCodes.NodeTargetTooSmall)]
    [InlineData("  - { id: T1, site: lung, category: target }", "T1:present", RecistProblemCodes.TargetNotMeasuredAtBaseline)]
    [InlineData("  - { id: T1, site: a, organ: lung, category: target }\n  - { id: T2, site: b, organ: lung, category: target }\n  - { id: T3, site: c, organ: lung, category: target }", "T1:20 T2:20 T3:20", RecistProblemCodes.TooManyTargetsInOrgan)]
    [InlineData("  - { id: T1, site: a, category: target }\n  - { id: T2, site: b, category: target }\n  - { id: T3, site: c, category: target }\n  - { id: T4, site: d, category: target }\n  - { id: T5, site: e, category: target }\n  - { id: T6, site: f, category: target }", "T1:20 T2:20 T3:20 T4:20 T5:20 T6:20", RecistProblemCodes.TooManyTargets)]
    public void Baselines_that_RECIST_1_1_does_not_accept_are_clear_errors(string lesions, string baseline, string code)
    {
        var report = RecistEngine.Evaluate(SyntheticCase.Line(lesions, baseline, baseline));

        report.Problems.Select(p => p.Code).ShouldContain(code);
        report.Problems.ShouldAllBe(p => p.Line == 1 && p.AssessmentId == "tp0");
        // The target sum of an unacceptable baseline is not evaluated; the time point is still assessed for PD.
        var line = report.Lines.Single();
        line.BaselineSum.ShouldBeNull();
        line.Timepoints.ShouldAllBe(t => t.TargetResponse == ResponseCategory.NE && t.TargetSum == null && t.OverallResponse == ResponseCategory.NE);
        line.Notes.ShouldContain(n => n.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public void A_node_of_15_mm_and_a_lesion_of_10_mm_are_acceptable_targets()
    {
        var c = SyntheticCase.Line("  - { id: N1, site: node, lymphNode: true, category: target }\n  - { id: T1, site: lung, category: target }", "N1:15 T1:10", "N1:15 T1:10");

        RecistEngine.Evaluate(c).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Confirmation_requires_a_second_response_at_least_28_days_later()
    {
        var options = new RecistOptions(RequireConfirmation: true);

        RecistEngine.Evaluate(SyntheticCase.Sums(100, 60, 60), options).Lines.Single().BestOverallResponse.ShouldBe(ResponseCategory.PR);
        RecistEngine.Evaluate(SyntheticCase.Sums(100, 60, 95), options).Lines.Single().BestOverallResponse.ShouldBe(ResponseCategory.SD);
    }

    [Fact]
    public void Without_confirmation_a_single_PR_is_the_best_response()
    {
        RecistEngine.Evaluate(SyntheticCase.Sums(100, 60, 95)).Lines.Single().BestOverallResponse.ShouldBe(ResponseCategory.PR);
    }

    [Fact]
    public void SD_before_the_minimum_time_is_not_a_best_response()
    {
        // The follow-up is 56 days after the start: SD counts with the 42-day default, not with 60 days.
        RecistEngine.Evaluate(SyntheticCase.Sums(100, 90)).Lines.Single().BestOverallResponse.ShouldBe(ResponseCategory.SD);
        RecistEngine.Evaluate(SyntheticCase.Sums(100, 90), new RecistOptions(StableDiseaseMinimumDays: 60)).Lines.Single().BestOverallResponse.ShouldBe(ResponseCategory.NE);
    }

    [Fact]
    public void The_baseline_is_the_latest_measured_assessment_before_the_start_within_the_window()
    {
        var line = RecistEngine.Evaluate(SyntheticCase.Sums(100, 80)).Lines.Single();

        line.BaselineAssessment.ShouldBe("tp0");
        line.BaselineSum.ShouldBe(100m);
        RecistEngine.Evaluate(SyntheticCase.Sums(100, 80), new RecistOptions(BaselineWindowDays: 2)).Lines.Single().BaselineAssessment.ShouldBeNull();
    }
}
