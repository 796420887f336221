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
        var followUps = FollowUps(baseline);
        var timepoints = baseline is not null && CheckBaseline(baseline)
            ? Computed(baseline, followUps)
            : Reported(followUps);
        if (baseline is null && line.Start is not null && followUps.Any(a => !a.Observations.IsDefaultOrEmpty))
        {
            _notes.Add($"no measured assessment within {options.BaselineWindowDays} days before the start: measurements of this line are not evaluated");
        }

        var (best, source) = BestOverallResponse(timepoints);
        decimal? baselineSum = baseline is not null && timepoints.Any(t => t.Source == "computed") ? BaselineSum(baseline) : null;
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
            best,
            source,
            best is null ? null : best is ResponseCategory.CR or ResponseCategory.PR,
            TimeToResponse(timepoints),
            DurationOfResponse(timepoints, followUps),
            ProgressionFreeSurvival(timepoints, followUps),
            TimeOnTreatment(),
            LocalTherapiesDuring(baseline),
            _notes);
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
