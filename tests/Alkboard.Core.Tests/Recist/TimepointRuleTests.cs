using Alkboard.Core.Cases;
using Alkboard.Core.Recist;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Recist;

/// <summary>
/// Each RECIST 1.1 rule at its boundary. Source of the rules: Eisenhauer 2009, Eur J Cancer
/// 45:228-247 (doi:10.1016/j.ejca.2008.10.026), as listed in the project's RECIST reference table (kept outside the repository;
/// tests do not read it); rows marked "derived" there are boundary cases derived from the rules, not published examples.
/// </summary>
public class TimepointRuleTests
{
    private static IReadOnlyList<Timepoint> Timepoints(PatientCase c) => RecistEngine.Evaluate(c).Lines.Single().Timepoints;

    [Fact]
    public void PR_at_exactly_minus_30_percent_from_baseline__Eisenhauer_2009_derived_boundary()
    {
        var tp = Timepoints(SyntheticCase.Sums(100, 70)).Single();

        tp.ChangeFromBaselinePercent.ShouldBe(-30.0m);
        tp.TargetResponse.ShouldBe(ResponseCategory.PR);
    }

    [Fact]
    public void SD_at_minus_29_9_percent__Eisenhauer_2009_derived_boundary()
    {
        Timepoints(SyntheticCase.Sums(100, 70.1m)).Single().TargetResponse.ShouldBe(ResponseCategory.SD);
    }

    [Fact]
    public void PD_at_plus_20_percent_and_plus_5_mm_over_nadir__Eisenhauer_2009_derived_boundary()
    {
        var tp = Timepoints(SyntheticCase.Sums(25, 30)).Single();

        tp.ChangeFromNadirPercent.ShouldBe(20.0m);
        tp.TargetResponse.ShouldBe(ResponseCategory.PD);
        tp.OverallResponse.ShouldBe(ResponseCategory.PD);
    }

    [Fact]
    public void SD_at_plus_20_percent_with_only_4_mm__Eisenhauer_2009_absolute_5_mm_rule()
    {
        Timepoints(SyntheticCase.Sums(20, 24)).Single().TargetResponse.ShouldBe(ResponseCategory.SD);
    }

    [Fact]
    public void Progression_is_measured_from_the_nadir_not_the_baseline__Eisenhauer_2009_derived()
    {
        var tps = Timepoints(SyntheticCase.Sums(100, 50, 60));

        tps[1].ChangeFromBaselinePercent.ShouldBe(-40.0m);
        tps[1].ChangeFromNadirPercent.ShouldBe(20.0m);
        tps[1].TargetResponse.ShouldBe(ResponseCategory.PD);
    }

    [Fact]
    public void Published_example_100_70_70_80_80_80_stays_PR__EORTC_RECIST_FAQ()
    {
        // recist.eortc.org/faq/managing-pr-when-tp-measurements-change-slightly-over-time: 80 is +14.3 % over the nadir of 70, not PD.
        var tps = Timepoints(SyntheticCase.Sums(100, 70, 70, 80, 80, 80));

        tps.Select(t => t.OverallResponse).ShouldAllBe(r => r == ResponseCategory.PR);
        tps[2].ChangeFromNadirPercent.ShouldBe(14.3m);
        RecistEngine.Evaluate(SyntheticCase.Sums(100, 70, 70, 80, 80, 80)).Lines.Single().BestOverallResponse.ShouldBe(ResponseCategory.PR);
    }

    [Fact]
    public void A_lymph_node_target_shrinking_to_9_mm_is_CR__Eisenhauer_2009_CR_rule()
    {
        var c = SyntheticCase.Line("  - { id: N1, site: mediastinal node, organ: lymph node, lymphNode: true, category: target }", "N1:20", "N1:9");

        var tp = Timepoints(c).Single();

        tp.TargetSum.ShouldBe(9m);
        tp.TargetResponse.ShouldBe(ResponseCategory.CR);
        tp.OverallResponse.ShouldBe(ResponseCategory.CR);
    }

    [Fact]
    public void A_node_at_10_mm_is_not_CR__nodes_must_be_under_10_mm()
    {
        var c = SyntheticCase.Line("  - { id: N1, site: node, organ: lymph node, lymphNode: true, category: target }", "N1:20", "N1:10");

        Timepoints(c).Single().TargetResponse.ShouldBe(ResponseCategory.PR);
    }

    [Fact]
    public void A_new_lesion_is_PD_whatever_the_sum__Eisenhauer_2009_Table_1()
    {
        var c = SyntheticCase.Line("  - { id: T1, site: lung, category: target }\n  - { id: X1, site: liver, category: new }", "T1:50", "T1:20 X1:12");

        var tp = Timepoints(c).Single();

        tp.TargetResponse.ShouldBe(ResponseCategory.PR);
        tp.NewLesions.ShouldBe(true);
        tp.OverallResponse.ShouldBe(ResponseCategory.PD);
    }

    [Fact]
    public void Unequivocal_non_target_progression_is_PD__Eisenhauer_2009_Table_1()
    {
        var c = SyntheticCase.Line("  - { id: T1, site: lung, category: target }\n  - { id: NT1, site: pleura, category: non_target }", "T1:50 NT1:present", "T1:45 NT1:pd");

        var tp = Timepoints(c).Single();

        tp.NonTargetResponse.ShouldBe(ResponseCategory.PD);
        tp.OverallResponse.ShouldBe(ResponseCategory.PD);
    }

    [Fact]
    public void Targets_gone_with_non_targets_present_is_PR_overall__Eisenhauer_2009_Table_1()
    {
        var c = SyntheticCase.Line("  - { id: T1, site: lung, category: target }\n  - { id: NT1, site: pleura, category: non_target }", "T1:50 NT1:present", "T1:disappeared NT1:present");

        var tp = Timepoints(c).Single();

        tp.TargetResponse.ShouldBe(ResponseCategory.CR);
        tp.NonTargetResponse.ShouldBe(ResponseCategory.NonCRNonPD);
        tp.OverallResponse.ShouldBe(ResponseCategory.PR);
    }

    [Fact]
    public void Too_small_to_measure_counts_5_mm__CDISC_RECIST_1_1_guidance()
    {
        var c = SyntheticCase.Line("  - { id: T1, site: lung, category: target }\n  - { id: T2, site: liver, category: target }", "T1:30 T2:20", "T1:too_small T2:20");

        Timepoints(c).Single().TargetSum.ShouldBe(25m);
    }

    [Fact]
    public void A_missing_measurement_makes_the_time_point_NE__Eisenhauer_2009()
    {
        var c = SyntheticCase.Line("  - { id: T1, site: lung, category: target }\n  - { id: T2, site: liver, category: target }", "T1:30 T2:20", "T1:ne T2:15");

        var tp = Timepoints(c).Single();

        tp.TargetResponse.ShouldBe(ResponseCategory.NE);
        tp.OverallResponse.ShouldBe(ResponseCategory.NE);
        tp.TargetSum.ShouldBeNull();
    }

    [Fact]
    public void A_missing_measurement_is_still_PD_when_progression_is_evident__Eisenhauer_2009()
    {
        var c = SyntheticCase.Line("  - { id: T1, site: lung, category: target }\n  - { id: T2, site: liver, category: target }", "T1:30 T2:20", "T1:ne T2:70");

        Timepoints(c).Single().OverallResponse.ShouldBe(ResponseCategory.PD);
    }

    [Theory]
    [InlineData(null, null, false, ResponseCategory.NE)]
    [InlineData(ResponseCategory.CR, null, false, ResponseCategory.CR)]
    [InlineData(ResponseCategory.CR, ResponseCategory.CR, false, ResponseCategory.CR)]
    [InlineData(ResponseCategory.CR, ResponseCategory.NonCRNonPD, false, ResponseCategory.PR)]
    [InlineData(ResponseCategory.CR, ResponseCategory.NE, false, ResponseCategory.PR)]
    [InlineData(ResponseCategory.PR, ResponseCategory.NE, false, ResponseCategory.PR)]
    [InlineData(ResponseCategory.SD, ResponseCategory.NonCRNonPD, false, ResponseCategory.SD)]
    [InlineData(ResponseCategory.NE, ResponseCategory.NonCRNonPD, false, ResponseCategory.NE)]
    [InlineData(ResponseCategory.PR, ResponseCategory.PD, false, ResponseCategory.PD)]
    [InlineData(ResponseCategory.CR, ResponseCategory.CR, true, ResponseCategory.PD)]
    [InlineData(null, ResponseCategory.NonCRNonPD, false, ResponseCategory.NonCRNonPD)]
    [InlineData(null, ResponseCategory.CR, false, ResponseCategory.CR)]
    public void Overall_response_follows_the_RECIST_tables__Eisenhauer_2009_Tables_1_and_2(ResponseCategory? target, ResponseCategory? nonTarget, bool newLesions, ResponseCategory expected)
    {
        TimepointRules.Overall(target, nonTarget, newLesions).ShouldBe(expected);
    }
}
