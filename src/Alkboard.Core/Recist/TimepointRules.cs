using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

/// <summary>
/// The RECIST 1.1 decisions at one time point, as pure functions of sums and statuses so that each
/// rule can be tested at its boundary (Eisenhauer 2009, section 4.3 and Table 1).
/// </summary>
public static class TimepointRules
{
    /// <summary>Percent change of <paramref name="sum"/> against <paramref name="reference"/>; null when the reference is 0.</summary>
    public static decimal? PercentChange(decimal sum, decimal reference) =>
        reference == 0 ? null : Math.Round((sum - reference) / reference * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>PD by target sum: ≥ 20 % over the nadir and ≥ 5 mm absolute.</summary>
    public static bool IsTargetProgression(decimal sum, decimal nadir) =>
        sum - nadir >= RecistRules.ProgressionAbsoluteIncreaseMm
        && sum * 100m >= nadir * (100m + RecistRules.ProgressionIncreasePercent);

    /// <summary>PR by target sum: ≥ 30 % below the baseline sum.</summary>
    public static bool IsPartialResponse(decimal sum, decimal baseline) =>
        sum * 100m <= baseline * (100m - RecistRules.PartialResponseDecreasePercent);

    /// <summary>
    /// The target-lesion response. <paramref name="allGone"/>: every non-nodal target is 0 mm and
    /// every nodal target is under 10 mm. <paramref name="hadResponse"/>: an earlier time point of
    /// this line was PR or CR, after which a sum that meets neither CR nor PD stays PR (EORTC RECIST
    /// FAQ "Managing PR when TP measurements change slightly over time").
    /// </summary>
    public static ResponseCategory TargetResponse(decimal sum, decimal baseline, decimal nadir, bool allGone, bool hadResponse)
    {
        if (IsTargetProgression(sum, nadir))
        {
            return ResponseCategory.PD;
        }

        if (allGone)
        {
            return ResponseCategory.CR;
        }

        return IsPartialResponse(sum, baseline) || hadResponse ? ResponseCategory.PR : ResponseCategory.SD;
    }

    /// <summary>
    /// The overall time-point response (Eisenhauer 2009 Table 1 with targets, Table 2 without).
    /// <paramref name="target"/> is null when the patient has no target lesions;
    /// <paramref name="nonTarget"/> is null when there are no non-target lesions.
    /// </summary>
    public static ResponseCategory Overall(ResponseCategory? target, ResponseCategory? nonTarget, bool newLesions)
    {
        if (newLesions || target == ResponseCategory.PD || nonTarget == ResponseCategory.PD)
        {
            return ResponseCategory.PD;
        }

        if (target is null)
        {
            return nonTarget ?? ResponseCategory.NE;
        }

        return target.Value switch
        {
            ResponseCategory.CR when nonTarget is null or ResponseCategory.CR => ResponseCategory.CR,
            ResponseCategory.CR => ResponseCategory.PR,
            ResponseCategory.PR => ResponseCategory.PR,
            ResponseCategory.SD => ResponseCategory.SD,
            _ => ResponseCategory.NE,
        };
    }
}
