using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

internal sealed partial class LineEvaluation
{
    private static PartialDate? DateOf(Timepoint tp) => tp.Date is null ? null : PartialDate.ParseOrThrow(tp.Date);

    private Endpoint? TimeToResponse(Timepoint? firstResponse) =>
        line.Start is { } start && firstResponse is not null && DateOf(firstResponse) is { } at ? Endpoint.Between(start, at, happened: true) : null;

    /// <summary>
    /// From the first CR/PR counted in the best overall response (so before the first progression) to
    /// progression (by RECIST, or the line stopped for progression) or death; else censored at the last assessment.
    /// </summary>
    private Endpoint? DurationOfResponse(Timepoint? firstResponse, List<Timepoint> timepoints, List<Assessment> followUps)
    {
        if (firstResponse is null || DateOf(firstResponse) is not { } from)
        {
            return null;
        }

        var (eventDate, happened) = ProgressionEvent(timepoints, followUps, after: from);
        return eventDate is { } to ? Endpoint.Between(from, to, happened) : null;
    }

    /// <summary>
    /// From the start of the line to progression (RECIST PD, a stop recorded as progression, or a
    /// progression reported after the line ended and before the next began) or death before another
    /// line began; otherwise censored at the line's last assessment.
    /// </summary>
    private Endpoint? ProgressionFreeSurvival(List<Timepoint> timepoints, List<Assessment> followUps)
    {
        if (line.Start is not { } start)
        {
            var progressed = line.ReasonStopped is StopReason.Progression or StopReason.Death || timepoints.Any(t => t.OverallResponse == ResponseCategory.PD);
            return Endpoint.Unknown(progressed, null, null);
        }

        var (to, happened) = ProgressionEvent(timepoints, followUps, after: start);
        return to is { } end ? Endpoint.Between(start, end, happened) : Endpoint.Unknown(happened, start.Text, null);
    }

    private (PartialDate? Date, bool Event) ProgressionEvent(List<Timepoint> timepoints, List<Assessment> followUps, PartialDate after)
    {
        var events = new List<PartialDate>();
        events.AddRange(timepoints.Where(t => t.OverallResponse == ResponseCategory.PD && t.Date is not null).Select(t => DateOf(t)!.Value).Where(d => !d.IsCertainlyBefore(after)));
        // Progression reported after the line ended but before the next line began still ends its PFS.
        events.AddRange(c.Assessments
            .Where(a => a.ReportedResponse == ResponseCategory.PD && a.Observations.IsDefaultOrEmpty && a.Line is null && a.Date is { } d
                && d.IsCertainlyAfter(after) && line.End is { } lineEnd && d.IsCertainlyAfter(lineEnd)
                && (next?.Start is not { } nextStart || !d.IsCertainlyAfter(nextStart)))
            .Select(a => a.Date!.Value));
        if (line.ReasonStopped is StopReason.Progression or StopReason.Death && line.End is { } end)
        {
            events.Add(end);
        }

        if (c.Outcome is { VitalStatus: VitalStatus.Dead, DeathDate: { } death } && (next?.Start is not { } nextStart || !death.IsCertainlyAfter(nextStart)))
        {
            events.Add(death);
        }

        if (events.Count > 0)
        {
            return (events.Min(), true);
        }

        var lastAssessment = followUps.Where(a => a.Date is not null).Select(a => a.Date!.Value).DefaultIfEmpty().Max();
        if (lastAssessment != default && !lastAssessment.IsCertainlyBefore(after))
        {
            return (lastAssessment, false);
        }

        return (line.End ?? (line.ReasonStopped == StopReason.Ongoing ? c.Outcome?.LastFollowUp : null), false);
    }

    /// <summary>From start to end of the line; an ongoing line is censored at the last follow-up.</summary>
    private Endpoint? TimeOnTreatment()
    {
        if (line.Start is not { } start)
        {
            return null;
        }

        if (line.End is { } end)
        {
            return Endpoint.Between(start, end, happened: true);
        }

        return line.ReasonStopped == StopReason.Ongoing && c.Outcome?.LastFollowUp is { } followUp
            ? Endpoint.Between(start, followUp, happened: false)
            : Endpoint.Unknown(false, start.Text, null);
    }
}
