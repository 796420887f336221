using Alkboard.Core.Cohorts.Statistics;

namespace Alkboard.Contracts.Cohorts;

/// <summary>
/// The Cox proportional-hazards model: the first term's hazard ratio with 95% interval and p, the
/// method for ties (efron or breslow), every term, and the likelihood-ratio, Wald and score tests.
/// </summary>
public sealed record CoxJson(
    double? HazardRatio,
    double? Lower,
    double? Upper,
    double? P,
    string Ties,
    IReadOnlyList<CoxTermJson> Terms,
    TestStatisticJson LikelihoodRatio,
    TestStatisticJson Wald,
    TestStatisticJson Score)
{
    /// <summary>The contract form of a fitted model.</summary>
    public static CoxJson From(CoxResult cox)
    {
        ArgumentNullException.ThrowIfNull(cox);
        return new(
            WireNumbers.Finite(cox.HazardRatios[0]),
            WireNumbers.Finite(cox.Lower[0]),
            WireNumbers.Finite(cox.Upper[0]),
            WireNumbers.Finite(cox.P[0]),
            cox.Ties.ToString().ToLowerInvariant(),
            [.. cox.Terms.Select((t, i) => new CoxTermJson(
                t,
                WireNumbers.Finite(cox.Coefficients[i]),
                WireNumbers.Finite(cox.StdErrors[i]),
                WireNumbers.Finite(cox.HazardRatios[i]),
                WireNumbers.Finite(cox.Lower[i]),
                WireNumbers.Finite(cox.Upper[i]),
                WireNumbers.Finite(cox.P[i])))],
            new TestStatisticJson(WireNumbers.Finite(cox.LikelihoodRatio), cox.DegreesOfFreedom, WireNumbers.Finite(cox.LikelihoodRatioP)),
            new TestStatisticJson(WireNumbers.Finite(cox.Wald), cox.DegreesOfFreedom, WireNumbers.Finite(cox.WaldP)),
            new TestStatisticJson(WireNumbers.Finite(cox.Score), cox.DegreesOfFreedom, WireNumbers.Finite(cox.ScoreP)));
    }
}
