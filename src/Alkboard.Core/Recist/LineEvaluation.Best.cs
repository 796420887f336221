using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

internal sealed partial class LineEvaluation
{
    private static readonly ResponseCategory[] Rank =
        [ResponseCategory.CR, ResponseCategory.PR, ResponseCategory.SD, ResponseCategory.NonCRNonPD, ResponseCategory.PD, ResponseCategory.NE];

    /// <summary>
    /// Best overall response: the best time point, where computed SD counts only at least
    /// <see cref="RecistOptions.StableDiseaseMinimumDays"/> after the start, and, when confirmation
    /// is required, a computed CR/PR counts only if a CR (or, for PR, CR/PR) follows at least the
    /// confirmation interval later; an unconfirmed response then counts as SD if SD timing is met.
    /// Reported responses are taken as the source reported them.
    /// </summary>
    private (ResponseCategory? Best, string? Source) BestOverallResponse(List<Timepoint> timepoints)
    {
        var candidates = new List<(ResponseCategory Response, string Source)>();
        for (var i = 0; i < timepoints.Count; i++)
        {
            var tp = timepoints[i];
            if (tp.OverallResponse is not { } response)
            {
                continue;
            }

            if (tp.Source == "reported")
            {
                candidates.Add((response, tp.Source));
                continue;
            }

            if (response is ResponseCategory.CR or ResponseCategory.PR && options.RequireConfirmation && !Confirmed(timepoints, i))
            {
                _notes.Add($"{response} at '{tp.AssessmentId}' is not confirmed ≥ {options.ConfirmationMinimumDays} days later");
                response = ResponseCategory.SD;
            }

            if (response is ResponseCategory.SD or ResponseCategory.NonCRNonPD && !LongEnoughForStableDisease(tp))
            {
                response = ResponseCategory.NE;
            }

            candidates.Add((response, tp.Source));
        }

        if (candidates.Count == 0)
        {
            return (null, null);
        }

        var best = candidates.OrderBy(c => Array.IndexOf(Rank, c.Response)).First();
        return (best.Response, best.Source);
    }

    private bool Confirmed(List<Timepoint> timepoints, int index)
    {
        var first = timepoints[index];
        if (first.Date is null)
        {
            return false;
        }

        var from = PartialDate.ParseOrThrow(first.Date);
        foreach (var later in timepoints.Skip(index + 1).Where(t => t.Source == "computed" && t.Date is not null))
        {
            if (later.OverallResponse == ResponseCategory.PD)
            {
                return false;
            }

            var ok = first.OverallResponse == ResponseCategory.CR ? later.OverallResponse == ResponseCategory.CR : later.OverallResponse is ResponseCategory.CR or ResponseCategory.PR;
            if (ok && PartialDate.Between(from, PartialDate.ParseOrThrow(later.Date!)).MinDays >= options.ConfirmationMinimumDays)
            {
                return true;
            }
        }

        return false;
    }

    private bool LongEnoughForStableDisease(Timepoint tp) =>
        line.Start is { } start && tp.Date is { } date && PartialDate.Between(start, PartialDate.ParseOrThrow(date)).MinDays >= options.StableDiseaseMinimumDays;
}
