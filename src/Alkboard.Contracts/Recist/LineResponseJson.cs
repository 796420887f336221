using System.Text.Json.Serialization;
using Alkboard.Core.Cases;
using Alkboard.Core.Recist;

namespace Alkboard.Contracts.Recist;

/// <summary>
/// Responses and endpoints of one line of systemic therapy: drugs, start and end, why it stopped,
/// the baseline (sum in mm), time points, best overall response and its source, whether a
/// responder, time to and duration of response, progression-free survival (<c>pfs</c>) and time on
/// treatment (months), local therapies during the line, and notes.
/// </summary>
public sealed record LineResponseJson(
    int Line,
    IReadOnlyList<string> Drugs,
    string? Start,
    string? End,
    string ReasonStopped,
    string? BaselineAssessment,
    string? BaselineDate,
    decimal? BaselineSum,
    IReadOnlyList<TimepointJson> Timepoints,
    ResponseCategory? BestOverallResponse,
    string? BestOverallResponseSource,
    bool? Responder,
    EndpointJson? TimeToResponse,
    EndpointJson? DurationOfResponse,
    [property: JsonPropertyName("pfs")] EndpointJson? ProgressionFreeSurvival,
    EndpointJson? TimeOnTreatment,
    IReadOnlyList<string> LocalTherapiesDuring,
    IReadOnlyList<string> Notes)
{
    /// <summary>The contract form of a line's responses.</summary>
    public static LineResponseJson From(LineResponse l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(
            l.Line,
            [.. l.Drugs],
            l.Start,
            l.End,
            l.ReasonStopped,
            l.BaselineAssessment,
            l.BaselineDate,
            l.BaselineSum,
            [.. l.Timepoints.Select(TimepointJson.From)],
            l.BestOverallResponse,
            l.BestOverallResponseSource,
            l.Responder,
            EndpointJson.FromNullable(l.TimeToResponse),
            EndpointJson.FromNullable(l.DurationOfResponse),
            EndpointJson.FromNullable(l.ProgressionFreeSurvival),
            EndpointJson.FromNullable(l.TimeOnTreatment),
            [.. l.LocalTherapiesDuring],
            [.. l.Notes]);
    }
}
