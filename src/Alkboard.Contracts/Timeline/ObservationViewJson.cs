namespace Alkboard.Contracts.Timeline;

/// <summary>One lesion at one assessment: lesion id, site, category (target, non-target, new), state, and size in millimetres when measured.</summary>
public sealed record ObservationViewJson(string Lesion, string Site, string Category, string State, decimal? SizeMm);
