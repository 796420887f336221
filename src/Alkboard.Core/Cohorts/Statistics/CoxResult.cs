namespace Alkboard.Core.Cohorts.Statistics;

/// <summary>
/// A fitted Cox proportional-hazards model with group indicators (each group against the first):
/// coefficients, standard errors, hazard ratios with confidence limits and Wald p per coefficient,
/// and the likelihood-ratio, Wald and score (log-rank) tests of the whole model, as R coxph reports.
/// </summary>
public sealed record CoxResult(
    string[] Terms,
    double[] Coefficients,
    double[] StdErrors,
    double[] HazardRatios,
    double[] Lower,
    double[] Upper,
    double[] P,
    double LogLikNull,
    double LogLik,
    double LikelihoodRatio,
    double LikelihoodRatioP,
    double Wald,
    double WaldP,
    double Score,
    double ScoreP,
    int DegreesOfFreedom,
    int Iterations,
    CoxTies Ties);
