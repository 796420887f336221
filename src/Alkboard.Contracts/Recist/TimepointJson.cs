using Alkboard.Core.Cases;
using Alkboard.Core.Recist;

namespace Alkboard.Contracts.Recist;

/// <summary>One assessment of a line: target sum (mm), change from baseline and from nadir (percent), target, non-target and overall response, new lesions, whether computed or reported, and the response the source reported.</summary>
public sealed record TimepointJson(
    string AssessmentId,
    string? Date,
    decimal? TargetSum,
    decimal? ChangeFromBaselinePercent,
    decimal? ChangeFromNadirPercent,
    ResponseCategory? TargetResponse,
    ResponseCategory? NonTargetResponse,
    bool? NewLesions,
    ResponseCategory? OverallResponse,
    string Source,
    ResponseCategory? ReportedResponse)
{
    /// <summary>The contract form of a time point.</summary>
    public static TimepointJson From(Timepoint t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.AssessmentId, t.Date, t.TargetSum, t.ChangeFromBaselinePercent, t.ChangeFromNadirPercent, t.TargetResponse, t.NonTargetResponse, t.NewLesions, t.OverallResponse, t.Source, t.ReportedResponse);
    }
}
