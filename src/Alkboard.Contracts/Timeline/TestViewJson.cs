namespace Alkboard.Contracts.Timeline;

/// <summary>A molecular test: date, method, specimen, lab, panel, status, and its findings.</summary>
public sealed record TestViewJson(
    string Id, string? Date, string Method, string Specimen, string? Lab, string? Panel, string Status,
    IReadOnlyList<FindingViewJson> Findings, string? Note);
