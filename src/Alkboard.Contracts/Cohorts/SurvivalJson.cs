using Alkboard.Core.Cohorts;

namespace Alkboard.Contracts.Cohorts;

/// <summary>
/// <c>alkboard cohort survival --format json</c> (docs/cohort.md): the time unit, how events were
/// coded, Kaplan–Meier medians per group, the log-rank test, the Cox model (when there are two or
/// more groups), what was left out and why, and the plot file when one was written.
/// </summary>
public sealed record SurvivalJson(
    string TimeUnit,
    string? EventCoding,
    IReadOnlyList<SurvivalGroupJson> Groups,
    LogRankJson? LogRank,
    CoxJson? Cox,
    IReadOnlyList<string> Excluded,
    string? Plot)
{
    /// <summary>The contract form of an analysis; <paramref name="stratified"/> when the log-rank test was stratified.</summary>
    public static SurvivalJson From(SurvivalAnalysis a, bool stratified, string? plot)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(
            a.TimeUnit,
            a.EventCoding,
            [.. a.Groups.Select(SurvivalGroupJson.From)],
            a.LogRank is { } lr ? new LogRankJson(WireNumbers.Finite(lr.ChiSquare), lr.DegreesOfFreedom, WireNumbers.Finite(lr.P), stratified) : null,
            a.Cox is { } cox ? CoxJson.From(cox) : null,
            [.. a.Excluded],
            plot);
    }
}
