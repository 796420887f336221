namespace Alkboard.Contracts.Timeline;

/// <summary>A diagnosis or restaging: event, date, histology, OncoTree code, primary site, extent, metastatic sites and CNS metastases.</summary>
public sealed record DiagnosisViewJson(
    string Id, string Event, string? Date, string Histology, string? OncoTreeCode, string? PrimarySite, string Extent,
    IReadOnlyList<string> MetastaticSites, bool? CnsMetastases, string? Note);
