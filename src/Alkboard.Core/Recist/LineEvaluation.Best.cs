using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

internal sealed partial class LineEvaluation
{
    private static readonly ResponseCategory[] Rank =
        [ResponseCategory.CR, ResponseCategory.PR, ResponseCategory.SD, ResponseCategory.NonCRNonPD, ResponseCategory.PD, ResponseCategory.NE];

    /// <summary>
    /// Best overall response (RECIST 1.1 §4.4): the best time point from the start of treatment until
    /// the first progression, which is the last time point that counts. Computed SD counts only at least
    /// <see cref="RecistOptions.StableDiseaseMinimumDays"/> after the start, and, when confirmation
    /// is required, a computed CR/PR counts only if a CR (or, for PR, CR/PR) follows at least the
    /// confirmation interval later and before any PD; an unconfirmed response then counts as SD if
    /// SD timing is met. Reported responses are taken as the source reported them.
    /// <c>FirstResponse</c> is the first time point counted as CR or PR (for time to and duration of response).
    /// </summary>
    private (ResponseCategory? Response, string? Source, Timepoint? FirstResponse) BestOverallResponse(List<Timepoint> timepoints)
    {
        var firstProgression = timepoints.FindIndex(t => t.OverallResponse == ResponseCategory.PD);
        var counted = Enumerable.Range(0, timepoints.Count).Where(i => firstProgression < 0 || !AfterProgression(timepoints[i], i, timepoints[firstProgression], firstProgression)).ToList();
        foreach (var after in timepoints.Where((t, i) => !counted.Contains(i) && t.OverallResponse is { } r && r != ResponseCategory.PD))
        {
            var pd = timepoints[firstProgression];
            _notes.Add($"'{after.AssessmentId}' ({after.Date ?? "undated"}, {ResponseCategoryCodes.Code(after.OverallResponse!.Value)}) is after the first progression at '{pd.AssessmentId}' ({pd.Date ?? "undated"}): not counted in the best overall response");
        }

        var candidates = new List<(ResponseCategory Response, string Source, Timepoint Timepoint)>();
        foreach (var i in counted)
        {
            var tp = timepoints[i];
            if (tp.OverallResponse is not { } response)
            {
                continue;
            }

            if (tp.Source == "reported")
            {
                candidates.Add((response, tp.Source, tp));
                continue;
            }

            if (response is ResponseCategory.CR or ResponseCategory.PR && options.RequireConfirmation && !Confirmed(timepoints, i, counted))
            {
                _notes.Add($"{response} at '{tp.AssessmentId}' is not confirmed ≥ {options.ConfirmationMinimumDays} days later before any progression");
                response = ResponseCategory.SD;
            }

            if (response is ResponseCategory.SD or ResponseCategory.NonCRNonPD && !LongEnoughForStableDisease(tp))
            {
                response = ResponseCategory.NE;
            }

            candidates.Add((response, tp.Source, tp));
        }

        if (candidates.Count == 0)
        {
            return (null, null, null);
        }

        var best = candidates.OrderBy(c => Array.IndexOf(Rank, c.Response)).First();
        var first = candidates.FirstOrDefault(c => c.Response is ResponseCategory.CR or ResponseCategory.PR && c.Timepoint.Date is not null);
        return (best.Response, best.Source, first.Timepoint);
    }

    /// <summary>
    /// Whether a time point comes after the first progression: certainly later by its date, or, when
    /// either is undated, later in the line's order. A response whose partial date may precede the
    /// progression still counts (the source's order is unknown; seed 004's crizotinib PR is one).
    /// </summary>
    private static bool AfterProgression(Timepoint tp, int index, Timepoint progression, int progressionIndex) =>
        index > progressionIndex && (DateOf(tp) is not { } date || DateOf(progression) is not { } pd || date.IsCertainlyAfter(pd));

    private bool Confirmed(List<Timepoint> timepoints, int index, List<int> counted)
    {
        var first = timepoints[index];
        if (first.Date is null)
        {
            return false;
        }

        var from = PartialDate.ParseOrThrow(first.Date);
        foreach (var later in counted.Where(i => i > index).Select(i => timepoints[i]).Where(t => t.Date is not null))
        {
            if (later.OverallResponse == ResponseCategory.PD)
            {
                return false;
            }

            if (later.Source != "computed")
            {
                continue;
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
