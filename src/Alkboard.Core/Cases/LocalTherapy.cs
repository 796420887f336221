using System.Collections.Immutable;

namespace Alkboard.Core.Cases;

/// <summary>
/// Surgery, radiotherapy, ablation or another local procedure: when, where, and its particulars
/// (margin for surgery; technique, total dose in Gy and fractions for radiotherapy).
/// </summary>
public sealed record LocalTherapy(
    string Id,
    LocalTherapyKind Kind,
    PartialDate? Date,
    PartialDate? End,
    ImmutableArray<string> Sites,
    string? Procedure,
    ResectionMargin? Margin,
    string? Technique,
    decimal? DoseGy,
    int? Fractions,
    string? Note);
