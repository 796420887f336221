using System.Collections.Immutable;

namespace Alkboard.Core.Cases;

/// <summary>
/// A disease assessment: date, modality, lesion observations, and, when the source gives only
/// words, the response it reported (marked reported, never presented as computed), with the
/// percentage change it reported where it gave one. <see cref="Line"/> ties the assessment to the
/// line of therapy it evaluates when the dates cannot (undated case reports).
/// </summary>
public sealed record Assessment(
    string Id,
    PartialDate? Date,
    int? Line,
    Modality Modality,
    ImmutableArray<LesionObservation> Observations,
    ResponseCategory? ReportedResponse,
    decimal? ReportedChangePercent,
    ProgressionPattern? ProgressionPattern,
    string? Note);
