using Alkboard.Core.Cases;
using Alkboard.Core.Recist;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Recist;

public class EndpointTests
{
    private static RecistReport Seed(string name) =>
        RecistEngine.Evaluate(Alkboard.Core.Cases.Loading.CaseLoader.LoadFile(Path.Combine(RepoPaths.Examples, name), Kb.Instance.Vocabulary).Case!);

    [Fact]
    public void Seed_003_alectinib_is_a_computed_PR_of_minus_77_4_percent_as_its_authors_report()
    {
        var line = Seed("seed-003-cars1-alk-imt.yaml").Lines.Single(l => l.Drugs.Contains("alectinib"));

        line.BaselineSum.ShouldBe(62m);
        var computed = line.Timepoints.Single(t => t.Source == "computed");
        computed.ChangeFromBaselinePercent.ShouldBe(-77.4m);
        computed.OverallResponse.ShouldBe(ResponseCategory.PR);
        computed.ReportedResponse.ShouldBe(ResponseCategory.PR);
        line.BestOverallResponse.ShouldBe(ResponseCategory.PR);
        line.BestOverallResponseSource.ShouldBe("computed");
        line.Responder.ShouldBe(true);
    }

    [Fact]
    public void PFS_ends_at_RECIST_progression()
    {
        var pfs = RecistEngine.Evaluate(SyntheticCase.Sums(100, 60, 80)).Lines.Single().ProgressionFreeSurvival!;

        pfs.Event.ShouldBeTrue();
        pfs.To.ShouldBe("2020-05-06");
        pfs.MonthsMin.ShouldBe(pfs.MonthsMax);
    }

    [Fact]
    public void PFS_is_censored_at_the_last_assessment_without_progression()
    {
        var pfs = RecistEngine.Evaluate(SyntheticCase.Sums(100, 60, 60)).Lines.Single().ProgressionFreeSurvival!;

        pfs.Event.ShouldBeFalse();
        pfs.To.ShouldBe("2020-05-06");
        pfs.Text.ShouldEndWith("(censored)");
    }

    [Fact]
    public void A_line_stopped_for_progression_is_a_PFS_event_at_its_end_even_without_measurements()
    {
        var line = Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml").Lines.Single(l => l.Drugs.Contains("lorlatinib"));

        line.ProgressionFreeSurvival!.Event.ShouldBeTrue();
        line.BestOverallResponse.ShouldBe(ResponseCategory.PD);
        line.BestOverallResponseSource.ShouldBe("reported");
    }

    [Fact]
    public void Death_ends_PFS_of_the_last_line_and_overall_survival()
    {
        var report = Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml");

        report.Lines[^1].ProgressionFreeSurvival!.Event.ShouldBeTrue();
        report.OverallSurvival!.Event.ShouldBeTrue();
        report.OverallSurvival.From.ShouldBe("2007-02");
        report.OverallSurvival.Text.ShouldBe("192–195 months");
        report.OverallSurvivalFromFirstAlkInhibitor!.From.ShouldBe("2012-02");
    }

    [Fact]
    public void Partial_dates_give_endpoint_ranges_never_a_single_invented_value()
    {
        var crizotinib = Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml").Lines.Single(l => l.Drugs.SequenceEqual(["crizotinib"]));

        crizotinib.TimeOnTreatment!.MonthsMin.ShouldBe(113.05);
        crizotinib.TimeOnTreatment.MonthsMax.ShouldBe(114.96);
        crizotinib.TimeOnTreatment.Text.ShouldBe("113–115 months");
    }

    [Fact]
    public void Responses_reported_without_measurements_are_used_and_marked_reported()
    {
        var line = Seed("seed-001-p1-rrbp1-alk-imt.json").Lines.Single(l => l.Drugs.Contains("ceritinib"));

        line.BestOverallResponse.ShouldBe(ResponseCategory.PR);
        line.Timepoints.ShouldAllBe(t => t.Source == "reported" && t.TargetSum == null);
        line.ProgressionFreeSurvival!.Months.ShouldBeNull();
    }

    [Fact]
    public void An_ongoing_line_is_censored_at_the_last_follow_up_for_time_on_treatment()
    {
        var line = Seed("seed-003-cars1-alk-imt.yaml").Lines.Single(l => l.Drugs.Contains("alectinib"));

        line.TimeOnTreatment!.Event.ShouldBeFalse();
        line.TimeOnTreatment.To.ShouldBe("2024-09");
    }

    [Fact]
    public void Progression_after_a_completed_line_and_before_the_next_ends_its_PFS()
    {
        // Seed 003: six cycles June-October 2019, stable disease, then progression in October 2021.
        var pfs = Seed("seed-003-cars1-alk-imt.yaml").Lines[0].ProgressionFreeSurvival!;

        pfs.Event.ShouldBeTrue();
        pfs.To.ShouldBe("2021-10");
        pfs.Text.ShouldBe("27–29 months");
    }
}
