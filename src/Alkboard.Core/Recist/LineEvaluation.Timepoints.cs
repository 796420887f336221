using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

internal sealed partial class LineEvaluation
{
    private IEnumerable<(Lesion Lesion, LesionObservation Observation)> AtBaseline(Assessment baseline, LesionCategory category) =>
        baseline.Observations.Select(o => (Lesion: _lesions[o.LesionId], Observation: o)).Where(x => x.Lesion.Category == category);

    /// <summary>RECIST 1.1 baseline rules: measurable targets, node size, at most 5 targets and 2 per organ.</summary>
    private bool CheckBaseline(Assessment baseline)
    {
        var before = problems.Count;
        var targets = AtBaseline(baseline, LesionCategory.Target).ToList();
        foreach (var (lesion, o) in targets)
        {
            if (o.State != LesionState.Measured || o.SizeMm is null)
            {
                Problem(RecistProblemCodes.TargetNotMeasuredAtBaseline, $"target lesion {lesion.Id} ({lesion.Site}) has no measurement at baseline '{baseline.Id}'", baseline, lesion);
            }
            else if (lesion.LymphNode && o.SizeMm < RecistRules.NodeTargetMinimumMm)
            {
                Problem(RecistProblemCodes.NodeTargetTooSmall, $"lymph-node target {lesion.Id} is {o.SizeMm} mm short axis at baseline; a node target needs ≥ {RecistRules.NodeTargetMinimumMm} mm (10–15 mm nodes are non-target)", baseline, lesion);
            }
            else if (!lesion.LymphNode && o.SizeMm < RecistRules.MeasurableMinimumMm)
            {
                Problem(RecistProblemCodes.TargetNotMeasurable, $"target lesion {lesion.Id} is {o.SizeMm} mm at baseline; measurable lesions are ≥ {RecistRules.MeasurableMinimumMm} mm", baseline, lesion);
            }
        }

        if (targets.Count > RecistRules.MaxTargets)
        {
            Problem(RecistProblemCodes.TooManyTargets, $"{targets.Count} target lesions at baseline '{baseline.Id}'; RECIST 1.1 allows at most {RecistRules.MaxTargets}", baseline, null);
        }

        foreach (var organ in targets.GroupBy(t => t.Lesion.Organ ?? t.Lesion.Site, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > RecistRules.MaxTargetsPerOrgan))
        {
            Problem(RecistProblemCodes.TooManyTargetsInOrgan, $"{organ.Count()} target lesions in {organ.Key}; RECIST 1.1 allows at most {RecistRules.MaxTargetsPerOrgan} per organ", baseline, organ.First().Lesion);
        }

        return problems.Count == before;
    }

    private void Problem(string code, string message, Assessment baseline, Lesion? lesion) =>
        problems.Add(new RecistProblem(code, line.Number, message, baseline.Id, lesion?.Id));

    private decimal BaselineSum(Assessment baseline) => AtBaseline(baseline, LesionCategory.Target).Sum(x => x.Observation.SizeMm ?? 0);

    private List<Timepoint> Computed(Assessment baseline, List<Assessment> followUps)
    {
        var targets = AtBaseline(baseline, LesionCategory.Target).Select(x => x.Lesion).ToList();
        var nonTargets = AtBaseline(baseline, LesionCategory.NonTarget).Select(x => x.Lesion).ToList();
        var baselineSum = BaselineSum(baseline);
        var nadir = baselineSum;
        var hadResponse = false;
        var result = new List<Timepoint>();
        foreach (var a in followUps)
        {
            if (a.Observations.IsDefaultOrEmpty)
            {
                if (a.ReportedResponse is { } reported)
                {
                    result.Add(ReportedTimepoint(a, reported));
                }

                continue;
            }

            var seen = a.Observations.ToDictionary(o => o.LesionId, StringComparer.Ordinal);
            var newLesions = a.Observations.Any(o => _lesions[o.LesionId].Category == LesionCategory.New && o.State is not (LesionState.Disappeared or LesionState.NotEvaluated));
            var nonTarget = NonTargetResponse(nonTargets, seen);
            ResponseCategory? target = null;
            decimal? sum = null;
            if (targets.Count > 0)
            {
                var sizes = targets.Select(t => seen.TryGetValue(t.Id, out var o) ? SizeForSum(o) : null).ToList();
                var available = sizes.Where(s => s is not null).Sum(s => s!.Value);
                if (sizes.Any(s => s is null))
                {
                    // Missing measurements make the time point NE unless progression is already evident.
                    var evident = newLesions || nonTarget == ResponseCategory.PD || TimepointRules.IsTargetProgression(available, nadir);
                    target = TimepointRules.IsTargetProgression(available, nadir) ? ResponseCategory.PD : ResponseCategory.NE;
                    sum = evident ? available : null;
                }
                else
                {
                    sum = available;
                    var allGone = targets.Zip(sizes).All(x => x.First.LymphNode ? x.Second < RecistRules.NodeNormalBelowMm : x.Second == 0);
                    target = TimepointRules.TargetResponse(available, baselineSum, nadir, allGone, hadResponse);
                }
            }

            var overall = TimepointRules.Overall(target, nonTarget, newLesions);
            result.Add(new Timepoint(a.Id, a.Date?.Text, sum, sum is { } s1 ? TimepointRules.PercentChange(s1, baselineSum) : null,
                sum is { } s2 ? TimepointRules.PercentChange(s2, nadir) : null, target, nonTarget, newLesions, overall, "computed", a.ReportedResponse));
            hadResponse |= target is ResponseCategory.PR or ResponseCategory.CR;
            if (target is not (null or ResponseCategory.NE) && sum is { } evaluable)
            {
                nadir = Math.Min(nadir, evaluable);
            }
        }

        return result;
    }

    /// <summary>Size counted in the target sum: measured size, 5 mm when too small to measure, 0 when gone; null when not evaluated.</summary>
    private static decimal? SizeForSum(LesionObservation o) => o.State switch
    {
        LesionState.Measured => o.SizeMm,
        LesionState.TooSmallToMeasure => RecistRules.TooSmallToMeasureMm,
        LesionState.Disappeared => 0m,
        _ => null,
    };

    private static ResponseCategory? NonTargetResponse(List<Lesion> nonTargets, Dictionary<string, LesionObservation> seen)
    {
        if (nonTargets.Count == 0)
        {
            return null;
        }

        var states = nonTargets.Select(l => seen.TryGetValue(l.Id, out var o) ? o.State : LesionState.NotEvaluated).ToList();
        if (states.Contains(LesionState.UnequivocalProgression))
        {
            return ResponseCategory.PD;
        }

        if (states.Contains(LesionState.NotEvaluated))
        {
            return ResponseCategory.NE;
        }

        return states.All(s => s == LesionState.Disappeared) ? ResponseCategory.CR : ResponseCategory.NonCRNonPD;
    }

    private static List<Timepoint> Reported(List<Assessment> followUps) =>
        [.. followUps.Where(a => a.ReportedResponse is not null).Select(a => ReportedTimepoint(a, a.ReportedResponse!.Value))];

    private static Timepoint ReportedTimepoint(Assessment a, ResponseCategory reported) =>
        new(a.Id, a.Date?.Text, null, a.ReportedChangePercent, null, null, null, null, reported, "reported", reported);
}
