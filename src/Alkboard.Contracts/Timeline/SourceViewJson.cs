namespace Alkboard.Contracts.Timeline;

/// <summary>Where the case comes from: citation, DOI, PMID, URL, the patient's label in the source, and whether it is synthetic.</summary>
public sealed record SourceViewJson(string Citation, string? Doi, string? Pmid, string? Url, string? PatientLabel, bool Synthetic);
