using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

/// <summary>The evaluation of one line: its assessments, baseline, time points, best response and endpoints.</summary>
internal sealed partial class LineEvaluation(PatientCase c, TherapyLine line, TherapyLine? next, RecistOptions options, List<RecistProblem> problems)
{
    private readonly Dictionary<string, Lesion> _lesions = c.Lesions.ToDictionary(l => l.Id, StringComparer.Ordinal);
    private readonly List<string> _notes = [];

    public LineResponse Evaluate()
    {
        var baseline = FindBaseline();
        var earlier = baseline is null ? FindEarlierReference() : null;
        var reference = baseline ?? earlier;
        var followUps = FollowUps(reference);
        var targetsEvaluable = baseline is not null && CheckBaseline(baseline, followUps);
        var measured = followUps.Any(a => !a.Observations.IsDefaultOrEmpty);
        if (baseline is null && measured)
        {
            // RECIST 1.1 §3.2.1: baseline "never more than 4 weeks before the beginning of the treatment".
            // Only the target sum needs that baseline; new lesions and non-target progression do not (§4.3.3-4.3.5).
            _notes.Add(earlier is { Date: { } earlierDate } && line.Start is { } start
                ? $"baseline '{earlier.Id}' ({earlierDate.Text}) is more than {options.BaselineWindowDays} days before the start ({start.Text}): the target sum is not evaluated (target response NE); new lesions and non-target progression are still assessed"
                : $"no measured assessment within {options.BaselineWindowDays} days before {(line.Start is null ? "an undated start" : "the start")}: the target sum is not evaluated (target response NE); new lesions and non-target progression are still assessed");
        }
        else if (baseline is not null && !targetsEvaluable && measured)
        {
            var codes = string.Join(", ", problems.Where(p => p.Line == line.Number).Select(p => p.LesionId is null ? p.Code : $"{p.Code} {p.LesionId}"));
            _notes.Add($"baseline '{baseline.Id}' does not meet RECIST 1.1 ({codes}): the target sum is not evaluated (target response NE); new lesions and non-target progression are still assessed");
        }

        var timepoints = Computed(reference, targetsEvaluable, followUps);
        var best = BestOverallResponse(timepoints);
        decimal? baselineSum = targetsEvaluable && HasTargets(baseline!) && timepoints.Any(t => t.Source == "computed") ? BaselineSum(baseline!) : null;
        return new LineResponse(
            line.Number,
            [.. line.Agents.Select(a => a.Drug.Value)],
            line.Start?.Text,
            line.End?.Text,
            CaseWords.Of(line.ReasonStopped),
            baseline?.Id,
            baseline?.Date?.Text,
            baselineSum,
            timepoints,
            best.Response,
            best.Source,
            best.Response is null ? null : best.Response is ResponseCategory.CR or ResponseCategory.PR,
            TimeToResponse(best.FirstResponse),
            DurationOfResponse(best.FirstResponse, timepoints, followUps),
            ProgressionFreeSurvival(timepoints, followUps),
            TimeOnTreatment(),
            LocalTherapiesDuring(baseline),
            _notes);
    }

    /// <summary>
    /// When no assessment falls within the baseline window: the latest measured assessment before
    /// the start, used only for non-target lesions (never for the target sum).
    /// </summary>
    private Assessment? FindEarlierReference()
    {
        if (line.Start is not { } start)
        {
            return null;
        }

        return c.Assessments
            .Where(a => a.Date is { } d && !a.Observations.IsDefaultOrEmpty && d.Earliest <= start.Earliest)
            .Where(a => a.Line is null || a.Line == line.Number)
            .OrderBy(a => a.Date!.Value)
            .LastOrDefault();
    }

    private Assessment? FindBaseline()
    {
        if (line.Start is not { } start)
        {
            return null;
        }

        var windowStart = start.Earliest.AddDays(-options.BaselineWindowDays);
        return c.Assessments
            .Where(a => a.Date is { } d && !a.Observations.IsDefaultOrEmpty && d.Earliest <= start.Earliest && d.Latest >= windowStart)
            .Where(a => a.Line is null || a.Line == line.Number)
            .OrderBy(a => a.Date!.Value)
            .LastOrDefault();
    }

    private List<Assessment> FollowUps(Assessment? baseline)
    {
        var list = new List<Assessment>();
        foreach (var a in c.Assessments)
        {
            if (ReferenceEquals(a, baseline))
            {
                continue;
            }

            if (a.Line is { } linked)
            {
                if (linked == line.Number)
                {
                    list.Add(a);
                }

                continue;
            }

            if (a.Date is { } d && line.Start is { } start && d.IsCertainlyAfter(start) && WithinLine(d))
            {
                list.Add(a);
            }
        }

        return [.. list.Select((a, i) => (a, i)).OrderBy(x => x.a.Date is null ? 1 : 0).ThenBy(x => x.a.Date ?? default).ThenBy(x => x.i).Select(x => x.a)];
    }

    private bool WithinLine(PartialDate date)
    {
        if (line.End is { } end)
        {
            return date.Earliest <= end.Latest;
        }

        return next?.Start is not { } nextStart || !date.IsCertainlyAfter(nextStart);
    }

    private List<string> LocalTherapiesDuring(Assessment? baseline)
    {
        var from = baseline?.Date ?? line.Start;
        var to = line.End ?? next?.Start;
        if (from is null)
        {
            return [];
        }

        return [.. c.LocalTherapies
            .Where(t => t.Date is { } d && d.Latest >= from.Value.Earliest && (to is null || d.Earliest <= to.Value.Latest))
            .Select(t => $"{t.Date!.Value.Text} {CaseWords.Of(t.Kind)}: {t.Procedure ?? string.Join(", ", t.Sites)}")];
    }
}
