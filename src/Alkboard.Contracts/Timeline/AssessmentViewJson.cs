using Alkboard.Core.Timeline;

namespace Alkboard.Contracts.Timeline;

/// <summary>An assessment: date, line, modality, lesion observations, the reported response and reported change (percent).</summary>
public sealed record AssessmentViewJson(
    string Id, string? Date, int? Line, string Modality, IReadOnlyList<ObservationViewJson> Observations, string? ReportedResponse,
    decimal? ReportedChangePercent, string? Note)
{
    /// <summary>The contract form of an assessment view.</summary>
    public static AssessmentViewJson From(AssessmentView a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(
            a.Id, a.Date, a.Line, a.Modality,
            [.. a.Observations.Select(o => new ObservationViewJson(o.Lesion, o.Site, o.Category, o.State, o.SizeMm))],
            a.ReportedResponse, a.ReportedChangePercent, a.Note);
    }
}
