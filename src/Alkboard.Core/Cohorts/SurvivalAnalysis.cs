using Alkboard.Core.Cohorts.Statistics;

namespace Alkboard.Core.Cohorts;

/// <summary>One group's Kaplan–Meier summary: n, events, median with its 95% limits (null where not reached), and the curve.</summary>
public sealed record SurvivalGroup(string Name, int N, int Events, double? Median, double? MedianLower, double? MedianUpper, KaplanMeierCurve Curve);

/// <summary>Kaplan–Meier per group, the log-rank test and the Cox model of the groups (null with one group).</summary>
public sealed record SurvivalAnalysis(string TimeUnit, IReadOnlyList<SurvivalGroup> Groups, LogRankTest? LogRank, CoxResult? Cox, IReadOnlyList<string> Excluded, string? EventCoding);

/// <summary>Runs the whole survival analysis of a sample.</summary>
public static class SurvivalAnalyzer
{
    /// <summary>KM per group (log limits, R's default), log-rank and Efron Cox when there are two or more groups.</summary>
    public static SurvivalAnalysis Analyze(SurvivalSample sample, string timeUnit, IReadOnlyList<string> excluded, string? eventCoding, CoxTies ties = CoxTies.Efron, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var groups = new List<SurvivalGroup>();
        for (var g = 0; g < sample.GroupNames.Length; g++)
        {
            progress?.Report($"Kaplan–Meier for {sample.GroupNames[g]}");
            var idx = Enumerable.Range(0, sample.Count).Where(i => sample.Group[i] == g).ToArray();
            var curve = KaplanMeier.Fit(idx.Select(i => sample.Time[i]).ToArray(), idx.Select(i => sample.Event[i]).ToArray());
            var median = KaplanMeier.Quantile(curve, 0.5);
            groups.Add(new SurvivalGroup(sample.GroupNames[g], idx.Length, curve.TotalEvents, median.Estimate, median.Lower, median.Upper, curve));
        }

        LogRankTest? logRank = null;
        CoxResult? cox = null;
        if (sample.GroupNames.Length > 1 && groups.All(g => g.N > 0))
        {
            progress?.Report("log-rank test");
            logRank = LogRank.Test(sample);
            progress?.Report("Cox model");
            cox = CoxModel.Fit(sample, ties);
        }

        return new SurvivalAnalysis(timeUnit, groups, logRank, cox, excluded, eventCoding);
    }

    /// <summary>The sample of a cohort for an endpoint (in months), grouped by a patient variable.</summary>
    public static (SurvivalSample Sample, List<string> Excluded) FromCohort(Cohort cohort, SurvivalEndpoint endpoint, CohortVariable groupVariable)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        if (!CohortVariables.PatientVariables.Contains(groupVariable))
        {
            throw new ArgumentOutOfRangeException(nameof(groupVariable), groupVariable, "survival groups are patient variables, not line variables");
        }

        var rows = new List<(double Months, bool Event, string Group)>();
        var excluded = new List<string>();
        foreach (var p in cohort.Patients)
        {
            var e = endpoint switch
            {
                SurvivalEndpoint.OverallSurvival => p.Responses.OverallSurvival,
                SurvivalEndpoint.ProgressionFreeSurvival => Cohort.FirstAlkInhibitorLine(p)?.ProgressionFreeSurvival,
                SurvivalEndpoint.TimeOnTreatment => Cohort.FirstAlkInhibitorLine(p)?.TimeOnTreatment,
                _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "unknown survival endpoint"),
            };
            if (e?.Months is not { } months)
            {
                excluded.Add($"{p.Case.Patient.Id}: {SurvivalEndpoints.Word(endpoint)} not computable (dates not stated{(endpoint == SurvivalEndpoint.OverallSurvival ? string.Empty : " or no ALK inhibitor line")})");
                continue;
            }

            rows.Add((months, e.Event, p.Variables[groupVariable]));
        }

        var names = SurvivalTableReader.SortGroups(rows.Select(r => r.Group).Distinct());
        return (new SurvivalSample([.. rows.Select(r => r.Months)], [.. rows.Select(r => r.Event)], [.. rows.Select(r => Array.IndexOf(names, r.Group))], names), excluded);
    }
}
