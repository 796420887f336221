using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

internal sealed partial class LineEvaluation
{
    private static IEnumerable<LesionObservation> ObservationsOf(Assessment a) => a.Observations.IsDefaultOrEmpty ? [] : a.Observations;

    private IEnumerable<(Lesion Lesion, LesionObservation Observation)> AtBaseline(Assessment baseline, LesionCategory category) =>
        ObservationsOf(baseline).Select(o => (Lesion: _lesions[o.LesionId], Observation: o)).Where(x => x.Lesion.Category == category);

    private bool HasTargets(Assessment baseline) => AtBaseline(baseline, LesionCategory.Target).Any();

    /// <summary>
    /// The declared target lesions this line follows: those observed at its baseline or at any of its
    /// follow-ups, and those observed in no assessment of the case at all (never measured anywhere).
    /// </summary>
    private List<Lesion> LineLesions(Assessment? baseline, List<Assessment> followUps, LesionCategory category)
    {
        var here = followUps.Concat(baseline is null ? [] : [baseline]).SelectMany(ObservationsOf).Select(o => o.LesionId).ToHashSet(StringComparer.Ordinal);
        var anywhere = c.Assessments.SelectMany(ObservationsOf).Select(o => o.LesionId).ToHashSet(StringComparer.Ordinal);
        return [.. c.Lesions.Where(l => l.Category == category && (here.Contains(l.Id) || (category == LesionCategory.Target && !anywhere.Contains(l.Id))))];
    }

    /// <summary>
    /// RECIST 1.1 baseline rules (§3.1, §4.2): every target lesion of the line measured at baseline,
    /// measurable targets, node size, at most 5 targets and 2 per organ. Every failure is a problem.
    /// </summary>
    private bool CheckBaseline(Assessment baseline, List<Assessment> followUps)
    {
        var before = problems.Count;
        var atBaseline = ObservationsOf(baseline).ToDictionary(o => o.LesionId, StringComparer.Ordinal);
        var targets = LineLesions(baseline, followUps, LesionCategory.Target);
        foreach (var lesion in targets)
        {
            if (!atBaseline.TryGetValue(lesion.Id, out var o))
            {
                Problem(RecistProblemCodes.TargetNotMeasuredAtBaseline, $"target lesion {lesion.Id} ({lesion.Site}) is not observed at baseline '{baseline.Id}'; every target lesion is measured at baseline", baseline, lesion);
            }
            else if (o.State != LesionState.Measured || o.SizeMm is null)
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

        foreach (var organ in targets.GroupBy(t => t.Organ ?? t.Site, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > RecistRules.MaxTargetsPerOrgan))
        {
            Problem(RecistProblemCodes.TooManyTargetsInOrgan, $"{organ.Count()} target lesions in {organ.Key}; RECIST 1.1 allows at most {RecistRules.MaxTargetsPerOrgan} per organ", baseline, organ.First());
        }

        return problems.Count == before;
    }

    private void Problem(string code, string message, Assessment baseline, Lesion? lesion) =>
        problems.Add(new RecistProblem(code, line.Number, message, baseline.Id, lesion?.Id));

    private decimal BaselineSum(Assessment baseline) => AtBaseline(baseline, LesionCategory.Target).Sum(x => x.Observation.SizeMm?.Value ?? 0);

    /// <summary>
    /// The time points of the line. <paramref name="reference"/> is the baseline, or the latest
    /// earlier measured assessment when none falls in the window (null when there is none);
    /// <paramref name="targetsEvaluable"/> is false when the target sum cannot be evaluated (no baseline in
    /// the window, or a baseline that fails the RECIST checks): the target response is then NE, while
    /// new lesions and unequivocal non-target progression still give PD (RECIST 1.1 §4.3.3-4.3.5, Table 1).
    /// </summary>
    private List<Timepoint> Computed(Assessment? reference, bool targetsEvaluable, List<Assessment> followUps)
    {
        var targets = targetsEvaluable ? [.. AtBaseline(reference!, LesionCategory.Target).Select(x => x.Lesion)] : LineLesions(reference, followUps, LesionCategory.Target);
        var nonTargets = reference is not null
            ? [.. AtBaseline(reference, LesionCategory.NonTarget).Select(x => x.Lesion)]
            : LineLesions(null, followUps, LesionCategory.NonTarget);
        var therapies = LocalTherapiesTreatingLesions(reference, followUps, [.. targets, .. nonTargets]);
        var baselineSum = targetsEvaluable ? BaselineSum(reference!) : 0m;
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

            var treated = TreatedBefore(a, therapies);
            var seen = a.Observations.ToDictionary(o => o.LesionId, StringComparer.Ordinal);
            var newLesions = a.Observations.Any(o => _lesions[o.LesionId].Category == LesionCategory.New && o.State is not (LesionState.Disappeared or LesionState.NotEvaluated));
            var nonTarget = NonTargetResponse(nonTargets, seen, treated, reference is not null);
            ResponseCategory? target = null;
            decimal? sum = null;
            if (targets.Count > 0 && !targetsEvaluable)
            {
                target = ResponseCategory.NE;
            }
            else if (targets.Count > 0)
            {
                // A lesion treated locally during the line is not evaluable from then on: out of the sum.
                var sizes = targets.Select(t => !treated.ContainsKey(t.Id) && seen.TryGetValue(t.Id, out var o) ? SizeForSum(o) : null).ToList();
                var available = sizes.Where(s => s is not null).Sum(s => s!.Value);
                if (sizes.Any(s => s is null))
                {
                    // Missing measurements make the time point NE unless progression is already evident (§4.4.2).
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
            foreach (var (lesionId, therapy) in treated.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                _notes.Add($"'{a.Id}': {lesionId} ({_lesions[lesionId].Site}) is not evaluable after {CaseWords.Of(therapy.Kind)} '{therapy.Id}' ({therapy.Date!.Value.Text})"
                    + (_lesions[lesionId].Category == LesionCategory.Target ? "; excluded from the target sum" : string.Empty));
            }

            if (targets.Count > 0 && !targetsEvaluable && overall != ResponseCategory.PD && a.ReportedResponse is { } reportedInstead)
            {
                // Without a usable baseline the source's own words are the better answer, unless the measurements show PD.
                result.Add(ReportedTimepoint(a, reportedInstead));
                continue;
            }

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

    /// <summary>
    /// Non-target response (RECIST 1.1 §4.3.3): PD on unequivocal progression (also of a lesion
    /// treated locally); NE when one is not evaluated, was treated locally, or there is no reference
    /// assessment to compare with; CR when all have disappeared; otherwise non-CR/non-PD. Null when
    /// the line has no non-target lesions (non-targets are recorded qualitatively, never measured).
    /// </summary>
    private static ResponseCategory? NonTargetResponse(List<Lesion> nonTargets, Dictionary<string, LesionObservation> seen, Dictionary<string, LocalTherapy> treated, bool hasReference)
    {
        if (nonTargets.Count == 0)
        {
            return null;
        }

        var states = nonTargets.Select(l => seen.TryGetValue(l.Id, out var o) ? (o.State, Gone: o.State == LesionState.Disappeared, Treated: treated.ContainsKey(l.Id)) : (State: LesionState.NotEvaluated, Gone: false, Treated: false)).ToList();
        if (states.Any(s => s.State == LesionState.UnequivocalProgression))
        {
            return ResponseCategory.PD;
        }

        if (!hasReference || states.Any(s => s.State == LesionState.NotEvaluated || s.Treated))
        {
            return ResponseCategory.NE;
        }

        return states.All(s => s.Gone) ? ResponseCategory.CR : ResponseCategory.NonCRNonPD;
    }

    private static Timepoint ReportedTimepoint(Assessment a, ResponseCategory reported) =>
        new(a.Id, a.Date?.Text, null, a.ReportedChangePercent, null, null, null, null, reported, "reported", reported);
}
